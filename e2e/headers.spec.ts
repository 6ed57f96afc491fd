import { test, expect, inPage } from './fixtures';

test.describe('headers, defaults and instances', () => {
  test('request headers: plain objects, AxiosHeaders, any case, and the default Accept', async ({ page }) => {
    const sent = await inPage(page, async () => {
      const plain = await axios.get('/api/echo', { headers: { 'x-one': '1', 'X-Two': 2 as any } });
      const instance = await axios.get('/api/echo', { headers: new axios.AxiosHeaders({ 'X-Three': 'three' }) });
      return { plain: plain.data.headers, instance: instance.data.headers };
    });
    expect(sent.plain).toMatchObject({ 'x-one': '1', 'x-two': '2', accept: 'application/json, text/plain, */*' });
    expect(sent.instance).toMatchObject({ 'x-three': 'three' });
  });

  test('defaults: headers.common, per-method headers, and their precedence', async ({ page }) => {
    const result = await inPage(page, async () => {
      const instance = axios.create();
      instance.defaults.headers.common['X-Common'] = 'common';
      instance.defaults.headers.post['X-Post-Only'] = 'post';
      instance.defaults.headers.common['X-Override'] = 'from-defaults';
      const get = await instance.get('/api/echo');
      const post = await instance.post('/api/echo', {}, { headers: { 'x-override': 'from-call' } });
      return { get: get.data.headers, post: post.data.headers };
    });
    expect(result.get['x-common']).toBe('common');
    expect(result.get['x-post-only']).toBeUndefined();
    expect(result.post).toMatchObject({ 'x-common': 'common', 'x-post-only': 'post', 'x-override': 'from-call' });
  });

  test('a header value of false or null is not sent, and Content-Type can be removed', async ({ page }) => {
    const headers = await inPage(page, async () => {
      const response = await axios.post('/api/echo', 'raw', {
        headers: { 'X-Null': null, 'X-False': false as any, 'Content-Type': false as any, Accept: null },
      });
      return response.data.headers;
    });
    expect(headers['x-null']).toBeUndefined();
    expect(headers['x-false']).toBeUndefined();
    // Accept: null removes the default; the browser then sends its own */*.
    expect(headers.accept).toBe('*/*');
    // No Content-Type from the library: the browser labels a string as text/plain.
    expect(headers['content-type']).toBe('text/plain;charset=UTF-8');
  });

  test('CR and LF in a header value never reach the wire as a new header', async ({ page }) => {
    const headers = await inPage(page, async () => {
      const response = await axios.get('/api/echo', { headers: { 'X-Injected': 'a\r\nX-Evil: 1' } });
      return response.data.headers;
    });
    expect(headers['x-injected']).toBe('aX-Evil: 1');
    expect(headers['x-evil']).toBeUndefined();
  });

  test('create() inherits defaults, and instances do not share them', async ({ page }) => {
    const result = await inPage(page, async () => {
      const parent = axios.create({ baseURL: '/api', headers: { 'X-Parent': 'p' }, timeout: 1234 });
      const child = parent.create({ headers: { 'X-Child': 'c' } });
      child.defaults.headers.common['X-Only-Child'] = 'yes';
      const fromChild = await child.get('/echo');
      const fromParent = await parent.get('/echo');
      return {
        child: fromChild.data.headers,
        parent: fromParent.data.headers,
        childTimeout: child.defaults.timeout,
        globalTimeout: axios.defaults.timeout,
      };
    });
    expect(result.child).toMatchObject({ 'x-parent': 'p', 'x-child': 'c', 'x-only-child': 'yes' });
    expect(result.parent['x-child']).toBeUndefined();
    expect(result.parent['x-only-child']).toBeUndefined();
    expect(result.childTimeout).toBe(1234);
    expect(result.globalTimeout).toBe(0);
  });

  test('instance methods are bound and the instance is callable', async ({ page }) => {
    const result = await inPage(page, async () => {
      const instance = axios.create({ baseURL: '/api' });
      const { get, post } = instance;
      const a = await get('/echo/detached');
      const b = await post('/echo/detached', { x: 1 });
      const c = await instance('/echo/called');
      return [a.data.path, b.data.body, c.data.path, typeof instance.create, instance.interceptors.request.constructor.name.length > 0];
    });
    expect(result).toEqual(['/api/echo/detached', { x: 1 }, '/api/echo/called', 'function', true]);
  });

  test('Basic auth sets the Authorization header', async ({ page }) => {
    const authorization = await inPage(page, async () => {
      const response = await axios.get('/api/echo', { auth: { username: 'user', password: 'pässword' } });
      return response.data.headers.authorization;
    });
    // The password is sent as UTF-8.
    expect(authorization).toBe('Basic ' + Buffer.from('user:pässword', 'utf8').toString('base64'));
  });

  test('response headers are an AxiosHeaders, case-insensitive, with set-cookie lists', async ({ page }) => {
    const result = await inPage(page, async () => {
      const response = await axios.get('/api/headers', { params: { 'X-Custom-Header': 'value', 'X-Other': 'other' } });
      return {
        lower: response.headers['x-custom-header'],
        anyCase: response.headers.get('X-CUSTOM-HEADER'),
        has: response.headers.has('x-other'),
        contentType: response.headers.getContentType(),
      };
    });
    expect(result).toEqual({ lower: 'value', anyCase: 'value', has: true, contentType: expect.stringContaining('application/json') });
  });

  test('response headers are parsed when first read, and read the same every way', async ({ page }) => {
    const result = await inPage(page, async () => {
      // Count the raw header blocks parsed: XMLHttpRequest's text, or a fetch Response's Headers.
      const AxiosHeaders = axios.AxiosHeaders as any;
      const original = AxiosHeaders.from;
      let reads = 0;
      AxiosHeaders.from = function (thing: unknown) {
        if (typeof thing == 'string' || thing instanceof Headers) reads++;
        return original.call(this, thing);
      };
      try {
        const params = { 'X-Custom-Header': 'value' };
        await axios.get('/api/headers', { params });
        const unreadCalls = reads;

        const response = await axios.get('/api/headers', { params });
        const first = response.headers;
        const same = response.headers === first;
        const readCalls = reads - unreadCalls;
        const spread = { ...response }.headers;

        let seenByTransform: unknown;
        await axios.get('/api/headers', {
          params,
          transformResponse: [
            ...axios.defaults.transformResponse,
            function (data, headers) {
              seenByTransform = headers && headers.get('x-custom-header');
              return data;
            },
          ],
        });

        let seenByInterceptor: unknown;
        const instance = axios.create();
        instance.interceptors.response.use((r) => ((seenByInterceptor = r.headers['x-custom-header']), r));
        await instance.get('/api/headers', { params });

        const failed = await axios.get('/api/status/404').catch((error) => error.response);
        const replaced = await axios.get('/api/headers', { params });
        replaced.headers = { replaced: 'yes' } as any;
        // abort() on a finished XMLHttpRequest empties its headers: read later, they are still there.
        // (A fetch Request has no abort(), and a Response's headers cannot change.)
        const abortedLater = await axios.get('/api/headers', { params });
        abortedLater.request.abort && abortedLater.request.abort();

        return {
          unreadCalls,
          readCalls,
          same,
          keys: Object.keys(response),
          isAxiosHeaders: first instanceof axios.AxiosHeaders,
          value: first['x-custom-header'],
          json: JSON.parse(JSON.stringify(response.headers))['x-custom-header'],
          spread: spread === first,
          seenByTransform,
          seenByInterceptor,
          failedType: failed.headers instanceof axios.AxiosHeaders && failed.headers.getContentType(),
          replaced: replaced.headers,
          afterAbort: abortedLater.headers['x-custom-header'],
        };
      } finally {
        AxiosHeaders.from = original;
      }
    });
    expect(result).toEqual({
      unreadCalls: 0,
      readCalls: 1,
      same: true,
      keys: ['data', 'status', 'statusText', 'headers', 'config', 'request', 'duration'],
      isAxiosHeaders: true,
      value: 'value',
      json: 'value',
      spread: true,
      seenByTransform: 'value',
      seenByInterceptor: 'value',
      failedType: expect.stringContaining('application/json'),
      replaced: { replaced: 'yes' },
      afterAbort: 'value',
    });
  });
});
