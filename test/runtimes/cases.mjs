// What the fetch adapter does in a runtime without XMLHttpRequest, as plain
// data that can be compared across runtimes: test/node/runtimes.test.ts runs
// these cases in Node, Deno and Bun against the echo server and expects the
// same summary from each. Plain JavaScript, so that every runtime loads it as
// is. (The browsers run the fetch adapter through the whole e2e suite.)

/** Settle a promise into its value or its error. */
const settle = (promise) => promise.then((value) => ({ value }), (error) => ({ error }));
const errorOf = async (promise) => (await settle(promise)).error;
/** The code of the error a request fails with, or 'resolved' when it does not fail. */
const codeOf = async (promise) => {
  const { error } = await settle(promise);
  return error ? error.code : 'resolved';
};
const describeError = (error) => error && { name: error.name, code: error.code, message: error.message, isAxiosError: error.isAxiosError === true };

export async function runCases(library, baseURL) {
  const axios = library.create({ baseURL });
  const out = {};

  out.adapter = { xhr: typeof XMLHttpRequest, chosen: library.getAdapter(axios.defaults.adapter).adapterName };

  const got = await axios.get('/api/echo', { params: { q: 'a b' }, headers: { 'X-Runtime': 'yes' } });
  out.get = {
    status: got.status,
    method: got.data.method,
    url: got.data.url,
    header: got.data.headers['x-runtime'],
    accept: got.data.headers.accept,
    contentType: String(got.headers.get('content-type')),
    request: got.request instanceof Request,
    duration: typeof got.duration,
  };

  const posted = await axios.post('/api/echo', { n: 1, list: ['a'] });
  out.postJson = { contentType: posted.data.contentType, body: posted.data.body };

  const form = new FormData();
  form.append('field', 'value');
  form.append('file', new Blob(['file body'], { type: 'text/plain' }), 'a.txt');
  const multipart = await axios.post('/api/echo', form);
  out.formData = {
    multipart: /^multipart\/form-data; boundary=/.test(multipart.data.contentType),
    body: multipart.data.body,
    files: multipart.data.files.map(({ field, name, size, text }) => ({ field, name, size, text })),
  };
  out.postForm = (await axios.postForm('/api/echo', { a: 1, tags: ['x', 'y'] })).data.body;
  const encoded = await axios.post('/api/echo', new URLSearchParams({ a: '1', b: 'x y' }));
  out.urlencoded = { contentType: encoded.data.contentType.toLowerCase(), body: encoded.data.body };

  const streamed = await axios.get('/api/bytes/100000', { responseType: 'stream', params: { chunk: 10000 } });
  let streamedBytes = 0;
  const reader = streamed.data.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) streamedBytes += chunk.value.byteLength;
  const buffer = await axios.get('/api/binary', { responseType: 'arraybuffer' });
  const blob = await axios.get('/api/binary', { responseType: 'blob' });
  const text = await axios.get('/api/echo', { responseType: 'text' });
  out.responseTypes = {
    stream: { readable: streamed.data instanceof ReadableStream, bytes: streamedBytes },
    arraybuffer: { isArrayBuffer: buffer.data instanceof ArrayBuffer, first: Array.from(new Uint8Array(buffer.data).slice(0, 4)) },
    blob: { isBlob: blob.data instanceof Blob, size: blob.data.size },
    text: typeof text.data,
  };

  // Text in another encoding is decoded by the charset its Content-Type names, as XMLHttpRequest decodes it.
  out.charsets = {};
  for (const charset of ['iso-8859-1', 'shift_jis', 'utf-16le']) out.charsets[charset] = (await axios.get('/api/encoded/' + charset, { responseType: 'text' })).data;
  // A byte order mark wins over the label.
  for (const bom of ['utf-8', 'utf-16be']) out.charsets['bom ' + bom] = (await axios.get('/api/encoded/iso-8859-1', { params: { bom }, responseType: 'text' })).data;

  const downloads = [];
  await axios.get('/api/bytes/1048576', {
    params: { chunk: 65536, interval: 15 },
    responseType: 'arraybuffer',
    onDownloadProgress: (e) => downloads.push({ loaded: e.loaded, total: e.total, progress: e.progress, download: e.download }),
  });
  out.downloadProgress = {
    several: downloads.length >= 2,
    monotonic: downloads.every((e, i) => i == 0 || e.loaded >= downloads[i - 1].loaded),
    last: downloads.at(-1),
  };

  const uploads = [];
  const size = 4 * 1024 * 1024;
  const uploaded = await axios.post('/api/upload', new Blob([new Uint8Array(size)]), {
    headers: { 'Content-Type': 'application/octet-stream' },
    onUploadProgress: (e) => uploads.push({ loaded: e.loaded, total: e.total, upload: e.upload }),
  });
  out.uploadProgress = { received: uploaded.data.bytes, some: uploads.length >= 1, last: uploads.at(-1) };

  out.timeout = {
    plain: describeError(await errorOf(axios.get('/api/never', { timeout: 100 }))),
    clarified: await codeOf(axios.get('/api/never', { timeout: 100, transitional: { clarifyTimeoutError: true } })),
    // No limit, as XMLHttpRequest reads them (a timer given these would fire at once).
    unlimited: await Promise.all([Infinity, 2 ** 31, -1].map((timeout) => codeOf(axios.get('/api/delay/50', { timeout })))),
  };

  const controller = new AbortController();
  const bySignal = axios.get('/api/never', { signal: controller.signal });
  setTimeout(() => controller.abort(), 50);
  const signalError = await errorOf(bySignal);
  const source = library.CancelToken.source();
  const byToken = axios.get('/api/never', { cancelToken: source.token });
  setTimeout(() => source.cancel('stop'), 50);
  out.cancel = {
    signal: { ...describeError(signalError), isCancel: library.isCancel(signalError) },
    token: describeError(await errorOf(byToken)),
  };

  const notFound = await errorOf(axios.get('/api/status/404'));
  const refused = await errorOf(axios.get('http://127.0.0.1:9/'));
  const malformed = await errorOf(axios.get('/api/malformed-json', { responseType: 'json', transitional: { silentJSONParsing: false } }));
  out.errors = {
    status: { ...describeError(notFound), status: notFound.status, responseStatus: notFound.response.status },
    refused: { ...describeError(refused), hasCause: refused.cause instanceof Error },
    cut: await codeOf(axios.get('/api/cut', { params: { after: 100 } })),
    malformed: { code: malformed.code, name: malformed.name },
  };

  out.limits = {
    declared: describeError(await errorOf(axios.get('/api/bytes/10000', { maxContentLength: 5000 }))),
    undeclared: await codeOf(axios.get('/api/bytes/10000', { params: { chunked: 1, chunk: 1000 }, maxContentLength: 5000 })),
    body: describeError(await errorOf(axios.post('/api/upload', 'x'.repeat(2000), { maxBodyLength: 1000 }))),
  };
  // A streamed body is stopped at the limit, not read to its end (60,000 bytes).
  let pulled = 0;
  const stream = new ReadableStream({
    pull(controller) {
      pulled++;
      controller.enqueue(new Uint8Array(600));
      if (pulled === 100) controller.close();
    },
  });
  out.limits.streamed = { code: await codeOf(axios.post('/api/upload', stream, { maxBodyLength: 1000 })), stoppedEarly: pulled < 10 };

  const seen = [];
  const viaEnv = await axios.get('/api/echo', {
    fetchOptions: { cache: 'no-store', custom: 'kept' },
    env: {
      fetch: (input, init) => {
        seen.push({ method: input.method, cache: input.cache, custom: init && init.custom });
        return fetch(input, init);
      },
    },
  });
  out.envFetch = { status: viaEnv.status, seen };

  const intercepted = library.create({ baseURL });
  intercepted.interceptors.request.use((config) => {
    config.headers.set('X-Intercepted', 'request');
    return config;
  });
  intercepted.interceptors.response.use((response) => ({ ...response, data: { header: response.data.headers['x-intercepted'] } }));
  out.interceptors = (await intercepted.get('/api/echo')).data;

  return out;
}
