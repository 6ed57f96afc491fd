import { test, expect, inPage, CROSS_ORIGIN } from './fixtures';

test.describe('errors, timeouts and validateStatus', () => {
  test('4xx is ERR_BAD_REQUEST and 5xx ERR_BAD_RESPONSE, with the response attached', async ({ page }) => {
    const result = await inPage(page, async () => ({
      notFound: (await settle(axios.get('/api/status/404'))).error,
      serverError: (await settle(axios.get('/api/status/503', { params: { body: '<h1>down</h1>', type: 'text/html' } }))).error,
    }));
    expect(result.notFound).toMatchObject({
      name: 'AxiosError',
      code: 'ERR_BAD_REQUEST',
      status: 404,
      message: 'Request failed with status code 404',
      hasConfig: true,
      hasRequest: true,
      response: { status: 404 },
    });
    expect(result.serverError).toMatchObject({ code: 'ERR_BAD_RESPONSE', status: 503, response: { status: 503, data: '<h1>down</h1>' } });
  });

  test('validateStatus decides, and null accepts every status', async ({ page }) => {
    const result = await inPage(page, async () => ({
      accepted: (await axios.get('/api/status/404', { validateStatus: (s) => s === 404 })).status,
      refused: (await settle(axios.get('/api/status/200', { validateStatus: (s) => s > 200 }))).error?.code,
      any: (await axios.get('/api/status/500', { validateStatus: null })).status,
    }));
    expect(result).toEqual({ accepted: 404, refused: 'ERR_BAD_RESPONSE', any: 500 });
  });

  test('timeout: ECONNABORTED, or ETIMEDOUT with clarifyTimeoutError, and a custom message', async ({ page }) => {
    const result = await inPage(page, async () => ({
      plain: (await settle(axios.get('/api/never', { timeout: 100 }))).error,
      clarified: (await settle(axios.get('/api/never', { timeout: 100, transitional: { clarifyTimeoutError: true } }))).error,
      custom: (await settle(axios.get('/api/never', { timeout: 100, timeoutErrorMessage: 'too slow' }))).error,
    }));
    expect(result.plain).toMatchObject({ code: 'ECONNABORTED', message: 'timeout of 100ms exceeded', isAxiosError: true, hasRequest: true });
    expect(result.clarified).toMatchObject({ code: 'ETIMEDOUT', message: 'timeout of 100ms exceeded' });
    expect(result.custom).toMatchObject({ code: 'ECONNABORTED', message: 'too slow' });
  });

  test('timeout is read as XMLHttpRequest reads it, whatever the adapter: 0, negative, NaN, Infinity and non-numbers mean none; huge values never wrap round to a few ms', async ({ page }) => {
    const result = await inPage(page, async () => {
      const values: Record<string, unknown> = { '0': 0, '-1': -1, NaN: NaN, "'abc'": 'abc', Infinity: Infinity, '2**31': 2 ** 31, '2**32 + 50': 2 ** 32 + 50, '1e300': 1e300, "'100'": '100' };
      const outcomes = await Promise.all(
        Object.values(values).map((timeout) => settle(axios.get('/api/delay/250', { timeout: timeout as number })))
      );
      return Object.fromEntries(Object.keys(values).map((name, i) => [name, outcomes[i].error ? outcomes[i].error!.message : outcomes[i].response!.status]));
    });
    expect(result).toEqual({
      '0': 200,
      '-1': 200,
      NaN: 200,
      "'abc'": 200,
      Infinity: 200,
      '2**31': 200,
      '2**32 + 50': 200,
      '1e300': 200,
      "'100'": 'timeout of 100ms exceeded',
    });
  });

  test('a slow response within the timeout succeeds', async ({ page }) => {
    const status = await inPage(page, async () => (await axios.get('/api/delay/100', { timeout: 2000 })).status);
    expect(status).toBe(200);
  });

  test('network errors: refused connection and blocked CORS are ERR_NETWORK', async ({ page }) => {
    const result = await inPage(
      page,
      async (cross) => ({
        refused: (await settle(axios.get('http://127.0.0.1:9/unreachable'))).error,
        cors: (await settle(axios.get(cross + '/api/echo', { params: { cors: 'none' } }))).error,
      }),
      CROSS_ORIGIN
    );
    for (const error of [result.refused, result.cors]) {
      expect(error).toMatchObject({ code: 'ERR_NETWORK', message: 'Network Error', name: 'AxiosError', isAxiosError: true, hasRequest: true });
      expect(error.response).toBeUndefined();
    }
  });

  test('a connection cut mid-response rejects once, as a network error', async ({ page }) => {
    const result = await inPage(page, async () => {
      let settled = 0;
      const outcome = await settle(
        axios.get('/api/cut', { params: { after: 100 } }).finally(() => settled++)
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { error: outcome.error, settled };
    });
    expect(result.settled).toBe(1);
    expect(result.error).toMatchObject({ code: 'ERR_NETWORK', isAxiosError: true });
  });

  test('an unsupported protocol is ERR_BAD_REQUEST', async ({ page }) => {
    const error = await inPage(page, async () => (await settle(axios.get('ftp://example.test/file'))).error);
    expect(error).toMatchObject({ code: 'ERR_BAD_REQUEST', message: 'Unsupported protocol ftp:' });
  });

  test('a header name the browser refuses is a clear AxiosError, not a thrown DOMException', async ({ page }) => {
    const error = await inPage(page, async () => (await settle(axios.get('/api/echo', { headers: { 'Bad Name': 'x' } }))).error);
    expect(error).toMatchObject({ code: 'ERR_BAD_OPTION_VALUE', isAxiosError: true });
  });

  test('error.toJSON() is serializable and carries code, status and config', async ({ page }) => {
    const json = await inPage(page, async () => {
      try {
        await axios.get('/api/status/418', { headers: { 'X-Sent': 'yes' } });
        return null;
      } catch (error: any) {
        return JSON.parse(JSON.stringify(error.toJSON()));
      }
    });
    expect(json).toMatchObject({ name: 'AxiosError', code: 'ERR_BAD_REQUEST', status: 418, message: 'Request failed with status code 418' });
    expect(json.config).toMatchObject({ url: '/api/status/418', method: 'get', headers: { 'X-Sent': 'yes' } });
  });

  test('unknown options in transitional are ERR_BAD_OPTION; wrong types ERR_BAD_OPTION_VALUE', async ({ page }) => {
    const result = await inPage(page, async () => ({
      unknown: (await settle(axios.get('/api/echo', { transitional: { notAnOption: true } as any }))).error,
      wrongType: (await settle(axios.get('/api/echo', { transitional: { silentJSONParsing: 'yes' } as any }))).error,
    }));
    expect(result.unknown).toMatchObject({ code: 'ERR_BAD_OPTION', message: 'Unknown option notAnOption' });
    expect(result.wrongType).toMatchObject({ code: 'ERR_BAD_OPTION_VALUE', message: 'option silentJSONParsing must be a boolean' });
  });

  test('options of the wrong type are ERR_BAD_OPTION_VALUE before anything is sent, with no error thrown on the page', async ({ page }) => {
    const sent: string[] = [];
    page.on('request', (request) => request.url().includes('/api/echo?case=') && sent.push(request.url()));
    const result = await inPage(page, async () => {
      const cases: Record<string, object> = {
        "validateStatus: true": { validateStatus: true },
        "onDownloadProgress: 'x'": { onDownloadProgress: 'x' },
        'onUploadProgress: true': { method: 'post', data: 'body', onUploadProgress: true },
        "transformResponse: 'x'": { transformResponse: 'x' },
        'method: 5': { method: 5 },
        'cancelToken: {}': { cancelToken: {} },
        "params: 'a=1'": { params: 'a=1' },
      };
      const outcomes: Record<string, unknown> = {};
      for (const [name, config] of Object.entries(cases)) {
        const { error } = await settle(axios.request({ url: '/api/echo?case=' + encodeURIComponent(name), ...(config as any) }));
        outcomes[name] = error && [error.name, error.code, error.message];
      }
      return outcomes;
    });
    const refused = (name: string, type: string) => ['AxiosError', 'ERR_BAD_OPTION_VALUE', `option ${name} must be ${type}`];
    expect(result).toEqual({
      'validateStatus: true': refused('validateStatus', 'a function'),
      "onDownloadProgress: 'x'": refused('onDownloadProgress', 'a function'),
      'onUploadProgress: true': refused('onUploadProgress', 'a function'),
      "transformResponse: 'x'": refused('transformResponse', 'a function'),
      'method: 5': refused('method', 'a string'),
      'cancelToken: {}': refused('cancelToken', 'a CancelToken'),
      "params: 'a=1'": refused('params', 'an object'),
    });
    expect(sent).toEqual([]);
  });

  test('a body the browser cannot read as text (a Symbol) is ERR_BAD_OPTION_VALUE, not a bare TypeError', async ({ page }) => {
    const error = await inPage(page, async () => (await settle(axios.post('/api/echo', Symbol('body')))).error);
    // An AxiosError made from the browser's TypeError keeps its name, as in axios.
    expect(error).toMatchObject({ name: 'TypeError', code: 'ERR_BAD_OPTION_VALUE', isAxiosError: true, hasConfig: true });
  });
});
