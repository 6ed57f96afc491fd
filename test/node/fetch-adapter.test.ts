// The ES module build in Node, where there is no XMLHttpRequest: the default
// adapter list falls back to fetch (Node's own), against the real echo server.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../server/index.mjs';

type Server = Awaited<ReturnType<typeof startServer>>;
let server: Server;
let axios: any;
let library: any;

beforeAll(async () => {
  server = await startServer({ port: 0, crossPort: 0 });
  // The built bundle, as a Node user imports it (npm test builds first).
  library = (await import('../../dist/esm/axios.js')).default;
  axios = library.create({ baseURL: server.url });
});
afterAll(() => server.close());

describe('the fetch adapter in Node', () => {
  test('is the adapter chosen when XMLHttpRequest is absent', async () => {
    expect(typeof XMLHttpRequest).toBe('undefined');
    expect(library.getAdapter(axios.defaults.adapter).adapterName).toBe('fetch');
    const response = await axios.get('/api/echo', { params: { q: 'a b' }, headers: { 'X-Node': 'yes' } });
    expect(response.status).toBe(200);
    expect(response.data).toMatchObject({ method: 'GET', url: '/api/echo?q=a+b', headers: { 'x-node': 'yes' } });
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.request).toBeInstanceOf(Request);
    expect(typeof response.duration).toBe('number');
  });

  test('POST JSON', async () => {
    const response = await axios.post('/api/echo', { n: 1, list: ['a'] });
    expect(response.data).toMatchObject({ method: 'POST', contentType: 'application/json', body: { n: 1, list: ['a'] } });
  });

  test('FormData with a file, and an object sent as multipart', async () => {
    const form = new FormData();
    form.append('field', 'value');
    form.append('file', new Blob(['file body'], { type: 'text/plain' }), 'a.txt');
    const sent = await axios.post('/api/echo', form);
    expect(sent.data.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.data.body).toEqual({ field: 'value' });
    expect(sent.data.files).toEqual([expect.objectContaining({ field: 'file', name: 'a.txt', size: 9, text: 'file body' })]);
    const converted = await axios.postForm('/api/echo', { a: 1, tags: ['x', 'y'] });
    expect(converted.data.body).toEqual({ a: '1', 'tags[]': ['x', 'y'] });
  });

  test('responseType stream gives the ReadableStream, arraybuffer and blob the bytes', async () => {
    const streamed = await axios.get('/api/bytes/100000', { responseType: 'stream', params: { chunk: 10000 } });
    expect(streamed.data).toBeInstanceOf(ReadableStream);
    let size = 0;
    for await (const chunk of streamed.data) size += chunk.byteLength;
    expect(size).toBe(100000);
    const buffer = await axios.get('/api/binary', { responseType: 'arraybuffer' });
    expect(Array.from(new Uint8Array(buffer.data).slice(0, 4))).toEqual([0, 1, 2, 3]);
    const blob = await axios.get('/api/binary', { responseType: 'blob' });
    expect(blob.data.size).toBe(256);
  });

  test('download progress: monotonic, ending at 100%', async () => {
    const events: any[] = [];
    await axios.get('/api/bytes/1048576', {
      params: { chunk: 65536, interval: 15 },
      responseType: 'arraybuffer',
      onDownloadProgress: (e: any) => events.push({ loaded: e.loaded, total: e.total, progress: e.progress, download: e.download }),
    });
    expect(events.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < events.length; i++) expect(events[i].loaded).toBeGreaterThanOrEqual(events[i - 1].loaded);
    expect(events.at(-1)).toEqual({ loaded: 1048576, total: 1048576, progress: 1, download: true });
  });

  test('upload progress streams the request body in Node', async () => {
    const events: any[] = [];
    const size = 4 * 1024 * 1024;
    const response = await axios.post('/api/upload', new Blob([new Uint8Array(size)]), {
      headers: { 'Content-Type': 'application/octet-stream' },
      onUploadProgress: (e: any) => events.push({ loaded: e.loaded, total: e.total, upload: e.upload }),
    });
    expect(response.data.bytes).toBe(size);
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events.at(-1)).toEqual({ loaded: size, total: size, upload: true });
  });

  test('timeout: ECONNABORTED, or ETIMEDOUT when clarified', async () => {
    const plain = await axios.get('/api/never', { timeout: 100 }).catch((e: any) => e);
    expect(plain).toMatchObject({ isAxiosError: true, code: 'ECONNABORTED', message: 'timeout of 100ms exceeded' });
    const clarified = await axios.get('/api/never', { timeout: 100, transitional: { clarifyTimeoutError: true } }).catch((e: any) => e);
    expect(clarified.code).toBe('ETIMEDOUT');
  });

  test('abort by signal and by CancelToken', async () => {
    const controller = new AbortController();
    const pending = axios.get('/api/never', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const bySignal = await pending.catch((e: any) => e);
    expect(bySignal).toMatchObject({ name: 'CanceledError', code: 'ERR_CANCELED' });
    expect(library.isCancel(bySignal)).toBe(true);
    const source = library.CancelToken.source();
    const byToken = axios.get('/api/never', { cancelToken: source.token });
    setTimeout(() => source.cancel('stop'), 50);
    expect(await byToken.catch((e: any) => e)).toMatchObject({ code: 'ERR_CANCELED', message: 'stop' });
  });

  test('errors: status, refused connection, cut connection, malformed JSON', async () => {
    const status = await axios.get('/api/status/404').catch((e: any) => e);
    expect(status).toMatchObject({ code: 'ERR_BAD_REQUEST', status: 404, response: { status: 404 } });
    const refused = await axios.get('http://127.0.0.1:9/').catch((e: any) => e);
    expect(refused).toMatchObject({ code: 'ERR_NETWORK', message: 'Network Error', name: 'AxiosError' });
    expect(refused.cause).toBeInstanceOf(Error);
    const cut = await axios.get('/api/cut', { params: { after: 100 } }).catch((e: any) => e);
    expect(cut).toMatchObject({ code: 'ERR_NETWORK', isAxiosError: true });
    const strict = await axios
      .get('/api/malformed-json', { responseType: 'json', transitional: { silentJSONParsing: false } })
      .catch((e: any) => e);
    expect(strict).toMatchObject({ code: 'ERR_BAD_RESPONSE', name: 'SyntaxError' });
  });

  test('maxContentLength and maxBodyLength are enforced before the body is held', async () => {
    const declared = await axios.get('/api/bytes/10000', { maxContentLength: 5000 }).catch((e: any) => e);
    expect(declared).toMatchObject({ code: 'ERR_BAD_RESPONSE', message: 'maxContentLength size of 5000 exceeded' });
    const undeclared = await axios.get('/api/bytes/10000', { params: { chunked: 1, chunk: 1000 }, maxContentLength: 5000 }).catch((e: any) => e);
    expect(undeclared).toMatchObject({ code: 'ERR_BAD_RESPONSE' });
    const body = await axios.post('/api/upload', 'x'.repeat(2000), { maxBodyLength: 1000 }).catch((e: any) => e);
    expect(body).toMatchObject({ code: 'ERR_BAD_REQUEST', message: 'Request body larger than maxBodyLength limit' });
    let pulled = 0;
    const stream = new ReadableStream({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(600));
        if (pulled === 100) controller.close();
      },
    });
    const streamed = await axios.post('/api/upload', stream, { maxBodyLength: 1000 }).catch((e: any) => e);
    expect(streamed).toMatchObject({ code: 'ERR_BAD_REQUEST' });
    // Stopped at the limit, not after reading all 60,000 bytes.
    expect(pulled).toBeLessThan(10);
  });

  test('env.fetch replaces fetch, and fetchOptions reach it', async () => {
    const seen: any[] = [];
    const response = await axios.get('/api/echo', {
      fetchOptions: { cache: 'no-store', custom: 'kept' },
      env: {
        fetch: (input: Request, init: any) => {
          seen.push({ method: input.method, cache: input.cache, custom: init?.custom });
          return fetch(input, init);
        },
      },
    });
    expect(response.status).toBe(200);
    expect(seen).toEqual([{ method: 'GET', cache: 'no-store', custom: 'kept' }]);
  });
});
