import { test, expect, inPage, CROSS_ORIGIN } from './fixtures';

// What only the fetch adapter does, asked for per request with adapter: 'fetch'.
test.describe('the fetch adapter', { tag: '@fetch-adapter' }, () => {
  test('responseType stream gives the body as a ReadableStream', async ({ page }) => {
    const result = await inPage(page, async () => {
      const response = await axios.get('/api/bytes/300000', { adapter: 'fetch', responseType: 'stream', params: { chunk: 50000 } });
      const reader = (response.data as ReadableStream<Uint8Array>).getReader();
      let size = 0;
      for (let chunk; !(chunk = await reader.read()).done; ) size += chunk.value.byteLength;
      return { isStream: response.data instanceof ReadableStream, size };
    });
    expect(result).toEqual({ isStream: true, size: 300000 });
  });

  test('responseType formdata and document', async ({ page }) => {
    const result = await inPage(page, async () => {
      const form = await axios.get('/api/status/200', {
        adapter: 'fetch',
        responseType: 'formdata' as any,
        params: { body: 'a=1&b=two', type: 'application/x-www-form-urlencoded' },
      });
      const html = await axios.get('/api/html', { adapter: 'fetch', responseType: 'document' });
      const xml = await axios.get('/api/xml', { adapter: 'fetch', responseType: 'document' });
      return {
        form: [...(form.data as FormData).entries()],
        html: html.data instanceof Document && !!html.data.getElementById('greeting'),
        xml: xml.data instanceof XMLDocument,
      };
    });
    expect(result).toEqual({ form: [['a', '1'], ['b', 'two']], html: true, xml: true });
  });

  test('responseType formdata on a body that is not a form is ERR_BAD_RESPONSE, not a network error', async ({ page }) => {
    const error = await inPage(page, async () => (await settle(axios.get('/api/echo', { adapter: 'fetch', responseType: 'formdata' as any }))).error);
    expect(error).toMatchObject({ code: 'ERR_BAD_RESPONSE', isAxiosError: true, hasRequest: true });
  });

  test('upload progress in a browser: one event at 100% once the body has gone', async ({ page }) => {
    const result = await inPage(page, async () => {
      const events: any[] = [];
      const response = await axios.post('/api/upload', new Blob([new Uint8Array(500000)]), {
        adapter: 'fetch',
        headers: { 'Content-Type': 'application/octet-stream' },
        onUploadProgress: (e) => events.push({ loaded: e.loaded, total: e.total, progress: e.progress, upload: e.upload }),
      });
      return { events, received: response.data.bytes };
    });
    expect(result).toEqual({ events: [{ loaded: 500000, total: 500000, progress: 1, upload: true }], received: 500000 });
  });

  test('a ReadableStream body is sent whole, read into a Blob first', async ({ page }) => {
    const result = await inPage(page, async () => {
      const chunks = [new Uint8Array(1000).fill(1), new Uint8Array(2000).fill(2)];
      const body = new ReadableStream({
        pull(controller) {
          const next = chunks.shift();
          next ? controller.enqueue(next) : controller.close();
        },
      });
      const response = await axios.post('/api/echo', body, { adapter: 'fetch', headers: { 'Content-Type': 'application/octet-stream' } });
      return response.data.bytes;
    });
    expect(result.size).toBe(3000);
    expect(result.firstBytes.slice(0, 2)).toEqual([1, 1]);
  });

  test('maxContentLength: ERR_BAD_RESPONSE, with or without a Content-Length', async ({ page }) => {
    const result = await inPage(page, async () => ({
      declared: (await settle(axios.get('/api/bytes/20000', { adapter: 'fetch', maxContentLength: 10000 }))).error,
      streamed: (await settle(axios.get('/api/bytes/20000', { adapter: 'fetch', maxContentLength: 10000, params: { chunked: 1, chunk: 4000 } }))).error,
      within: (await axios.get('/api/bytes/20000', { adapter: 'fetch', maxContentLength: 20000, responseType: 'arraybuffer' })).data.byteLength,
    }));
    expect(result.declared).toMatchObject({ code: 'ERR_BAD_RESPONSE', message: 'maxContentLength size of 10000 exceeded' });
    expect(result.streamed).toMatchObject({ code: 'ERR_BAD_RESPONSE', message: 'maxContentLength size of 10000 exceeded' });
    expect(result.within).toBe(20000);
  });

  test('maxBodyLength: ERR_BAD_REQUEST for strings, Blobs, FormData and streams, before sending', async ({ page }) => {
    const result = await inPage(page, async () => {
      const limit = { adapter: 'fetch' as const, maxBodyLength: 1000 };
      const form = new FormData();
      form.append('big', 'x'.repeat(2000));
      let pulled = 0;
      const stream = new ReadableStream({
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(400));
          if (pulled === 50) controller.close();
        },
      });
      return {
        string: (await settle(axios.post('/api/upload', 'x'.repeat(2000), limit))).error?.code,
        blob: (await settle(axios.post('/api/upload', new Blob([new Uint8Array(2000)]), limit))).error?.code,
        form: (await settle(axios.post('/api/upload', form, limit))).error?.code,
        stream: (await settle(axios.post('/api/upload', stream, limit))).error?.code,
        pulled,
        within: (await axios.post('/api/upload', 'x'.repeat(1000), limit)).data.bytes,
      };
    });
    expect(result).toMatchObject({ string: 'ERR_BAD_REQUEST', blob: 'ERR_BAD_REQUEST', form: 'ERR_BAD_REQUEST', stream: 'ERR_BAD_REQUEST', within: 1000 });
    // The stream was stopped at the limit, not read to its end.
    expect(result.pulled).toBeLessThan(10);
  });

  test('fetchOptions reach fetch; the options the adapter owns are not overridden', async ({ page }) => {
    const result = await inPage(page, async () => {
      const normal = await axios.get('/api/echo', { adapter: 'fetch' });
      const noReferrer = await axios.get('/api/echo', {
        adapter: 'fetch',
        fetchOptions: { referrerPolicy: 'no-referrer', method: 'DELETE', headers: { 'X-Ignored': '1' } },
      });
      return {
        normalReferer: !!normal.data.headers.referer,
        referer: noReferrer.data.headers.referer ?? null,
        method: noReferrer.data.method,
        ignored: noReferrer.data.headers['x-ignored'] ?? null,
      };
    });
    expect(result).toEqual({ normalReferer: true, referer: null, method: 'GET', ignored: null });
  });

  test('env.fetch, env.Request and env.Response replace the globals', async ({ page }) => {
    const calls = await inPage(page, async () => {
      const seen: string[] = [];
      class TracedRequest extends Request {
        constructor(input: any, init?: any) {
          super(input, init);
          seen.push('Request ' + this.method);
        }
      }
      class TracedResponse extends Response {
        constructor(body?: any, init?: any) {
          super(body, init);
          seen.push('Response');
        }
      }
      await axios.get('/api/echo', {
        adapter: 'fetch',
        onDownloadProgress: () => {},
        env: { fetch: (input: any, init?: any) => (seen.push('fetch'), fetch(input, init)), Request: TracedRequest, Response: TracedResponse },
      });
      return seen;
    });
    expect(calls).toEqual(['Request GET', 'fetch', 'Response']);
  });

  test('withCredentials maps to credentials: include across origins', async ({ page }) => {
    const result = await inPage(
      page,
      async (cross) => {
        await axios.get('/api/cookie', { params: { name: 'fetched', value: 'yes' } });
        const without = await axios.get(cross + '/api/echo', { adapter: 'fetch' });
        const withIt = await axios.get(cross + '/api/echo', { adapter: 'fetch', withCredentials: true });
        const sameOrigin = await axios.get('/api/echo', { adapter: 'fetch', withCredentials: false });
        // A string is a fetch credentials mode, passed through.
        const omitted = await axios.get('/api/echo', { adapter: 'fetch', withCredentials: 'omit' as any });
        return [without.data.cookies.fetched ?? null, withIt.data.cookies.fetched, sameOrigin.data.cookies.fetched, omitted.data.cookies.fetched ?? null];
      },
      CROSS_ORIGIN
    );
    expect(result).toEqual([null, 'yes', 'yes', null]);
  });

  test('the composed signal is cleaned up: no listener is left on the caller\'s signal', async ({ page }) => {
    const left = await inPage(page, async () => {
      const controller = new AbortController();
      const listeners = new Set<unknown>();
      const { addEventListener, removeEventListener } = controller.signal;
      controller.signal.addEventListener = function (this: AbortSignal, ...args: any[]) {
        listeners.add(args[1]);
        return (addEventListener as any).apply(this, args);
      };
      controller.signal.removeEventListener = function (this: AbortSignal, ...args: any[]) {
        listeners.delete(args[1]);
        return (removeEventListener as any).apply(this, args);
      };
      const options = { adapter: 'fetch' as const, signal: controller.signal, timeout: 5000 };
      await axios.get('/api/echo', options);
      await settle(axios.get('/api/status/500', options));
      await settle(axios.get('/api/never', { ...options, timeout: 50 }));
      const stream = await axios.get('/api/bytes/1000', { ...options, responseType: 'stream' });
      const reader = (stream.data as ReadableStream).getReader();
      while (!(await reader.read()).done);
      return listeners.size;
    });
    expect(left).toBe(0);
  });

  test('a network failure is ERR_NETWORK and keeps the browser\'s error as cause', async ({ page }) => {
    const result = await inPage(page, async () => {
      try {
        await axios.get('http://127.0.0.1:9/', { adapter: 'fetch' });
        return null;
      } catch (error: any) {
        return { code: error.code, message: error.message, cause: error.cause?.name, hasRequest: error.request instanceof Request };
      }
    });
    expect(result).toEqual({ code: 'ERR_NETWORK', message: 'Network Error', cause: 'TypeError', hasRequest: true });
  });
});
