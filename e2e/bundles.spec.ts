import { test, expect, inPage, ORIGIN } from './fixtures';

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

test.describe('loading the UMD bundle', { tag: '@build' }, () => {
  // Reading navigator or XMLHttpRequest makes the page build those objects:
  // 16 KB and 7 KB of heap for a page that may never send a request.
  test('touches neither navigator nor XMLHttpRequest until the first request', async ({ page }) => {
    const fresh = await page.context().newPage();
    try {
      await fresh.addInitScript(() => {
        const touched: string[] = ((window as any).__touched = []);
        for (const name of ['navigator', 'XMLHttpRequest']) {
          let owner: any = window;
          while (owner && !Object.getOwnPropertyDescriptor(owner, name)) owner = Object.getPrototypeOf(owner);
          const descriptor = Object.getOwnPropertyDescriptor(owner, name)!;
          Object.defineProperty(window, name, {
            configurable: true,
            get() {
              touched.push(name);
              return descriptor.get ? descriptor.get.call(window) : descriptor.value;
            },
          });
        }
      });
      await fresh.goto(`${ORIGIN}/e2e/umd.html`);
      const result = await fresh.evaluate(async () => {
        const touched: string[] = (window as any).__touched;
        const atLoad = [...new Set(touched)];
        await axios.get('/api/echo');
        return { atLoad, afterRequest: [...new Set(touched)].sort() };
      });
      expect(result).toEqual({ atLoad: [], afterRequest: ['XMLHttpRequest', 'navigator'] });
    } finally {
      await fresh.close();
    }
  });
});
