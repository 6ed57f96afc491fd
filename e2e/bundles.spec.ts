import { test, expect, inPage } from './fixtures';

// The smoke set, run against each build: the page loads it the way users do.
for (const bundle of ['umd', 'umd-dev', 'esm', 'esm-dev'] as const) {
  test.describe(`${bundle} build`, { tag: '@build' }, () => {
    test.use({ bundle });

    test('loads, requests, and has the static API', async ({ page }) => {
      const result = await inPage(page, async () => {
        const response = await axios.post('/api/echo', { via: 'bundle' }, { params: { q: 1 } });
        const statics = ['Axios', 'AxiosError', 'AxiosHeaders', 'CanceledError', 'Cancel', 'CancelToken', 'HttpStatusCode',
          'VERSION', 'all', 'spread', 'isAxiosError', 'isCancel', 'toFormData', 'formToJSON', 'getAdapter', 'mergeConfig', 'create'];
        return {
          status: response.status,
          body: response.data.body,
          url: response.data.url,
          missing: statics.filter((name) => !(name in axios)),
          selfDefault: (axios as any).default === axios,
          version: axios.VERSION,
          notFound: axios.HttpStatusCode.NotFound,
          error: (await settle(axios.get('/api/status/500'))).error.code,
        };
      });
      expect(result).toEqual({
        status: 200,
        body: { via: 'bundle' },
        url: '/api/echo?q=1',
        missing: [],
        selfDefault: true,
        version: expect.stringMatching(/^1\.\d+\.\d+$/),
        notFound: 404,
        error: 'ERR_BAD_RESPONSE',
      });
    });
  });
}

test.describe('ES module named exports', { tag: '@build' }, () => {
  test.use({ bundle: 'esm' });

  test('match axios\'s named exports and are the same objects as the statics', async ({ page }) => {
    const result = await inPage(page, async () => {
      const named = window.axiosNamed!;
      const expected = ['default', 'create', 'Axios', 'AxiosError', 'CanceledError', 'isCancel', 'CancelToken', 'VERSION', 'all',
        'Cancel', 'isAxiosError', 'spread', 'toFormData', 'AxiosHeaders', 'HttpStatusCode', 'formToJSON', 'getAdapter', 'mergeConfig'];
      return {
        missing: expected.filter((name) => !(name in named)),
        extra: Object.keys(named).filter((name) => !expected.includes(name)),
        same: expected.filter((name) => name !== 'default' && named[name] !== (axios as any)[name]),
        defaultIsAxios: named.default === axios,
        created: typeof named.create({ baseURL: '/x' }).get,
      };
    });
    expect(result).toEqual({ missing: [], extra: [], same: [], defaultIsAxios: true, created: 'function' });
  });
});

test.describe('UMD global', { tag: '@build' }, () => {
  test('the global is axios, a callable instance', async ({ page }) => {
    const result = await inPage(page, async () => ({
      type: typeof (window as any).axios,
      instanceLike: typeof axios.interceptors.request.use,
      status: (await (window as any).axios('/api/echo')).status,
    }));
    expect(result).toEqual({ type: 'function', instanceLike: 'function', status: 200 });
  });
});
