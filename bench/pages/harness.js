// The in-page half of the benchmark. Loaded after the library under test (or
// after nothing, for the raw XMLHttpRequest baseline); the driver in
// bench/run.mjs calls window.bench.* through page.evaluate and takes the
// clock readings this file returns. Nothing here keeps a response.
(() => {
  const lib = window.axios; // undefined on the raw XHR page
  const ACCEPT = 'application/json, text/plain, */*';
  const now = () => performance.now();

  // What a careful hand-written call does: GET, the same Accept header axios
  // sends, status check, JSON.parse of the body.
  function rawGet(url) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('GET', url, true);
      xhr.setRequestHeader('Accept', ACCEPT);
      xhr.onload = () => {
        if (xhr.status < 200 || xhr.status >= 300) return reject(new Error(`status ${xhr.status}`));
        try {
          resolve(JSON.parse(xhr.responseText));
        } catch (error) {
          reject(error);
        }
      };
      xhr.onerror = () => reject(new Error('network error'));
      xhr.send();
    });
  }

  // The same with fetch, for the libraries' fetch adapters.
  async function rawFetch(url) {
    const response = await fetch(url, { headers: { Accept: ACCEPT } });
    if (!response.ok) throw new Error(`status ${response.status}`);
    return response.json();
  }

  const gets = {
    xhr: lib ? (url) => lib.get(url).then((r) => r.data) : rawGet,
    fetch: lib ? (url) => lib.get(url, { adapter: 'fetch' }).then((r) => r.data) : rawFetch,
  };

  // `concurrency` requests in flight at once (1 = one after another), until
  // n have been started or, with `forMs`, until that many milliseconds have
  // gone (requests under way then are finished and counted). `adapter`:
  // 'xhr' (the libraries' default in a page) or 'fetch'.
  async function requests(url, n, concurrency, forMs = Infinity, adapter = 'xhr') {
    const get = gets[adapter];
    let started = 0;
    let done = 0;
    let failed = 0;
    const t0 = now();
    const worker = async () => {
      while (started < n && now() - t0 < forMs) {
        started++;
        const data = await get(url);
        if (!data || data.method !== 'GET') failed++;
        done++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
    const ms = now() - t0;
    if (failed) throw new Error(`${failed} of ${done} responses were not the echo`);
    return { n: done, ms };
  }

  // --- pipeline: everything but the network -------------------------------
  let instance;
  function pipelineInstance() {
    if (instance) return instance;
    const body = '{"ok":true,"items":[1,2,3]}';
    const adapter = (config) =>
      Promise.resolve({
        data: body,
        status: 200,
        statusText: 'OK',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        config,
        request: {},
      });
    instance = lib.create({ baseURL: 'http://bench.invalid/api', adapter });
    instance.interceptors.request.use((config) => {
      config.headers['X-Trace'] = 'abc';
      return config;
    });
    instance.interceptors.response.use((response) => response);
    return instance;
  }

  // Runs calls in batches of 50 until `ms` milliseconds have gone.
  async function pipeline(ms) {
    const api = pipelineInstance();
    let n = 0;
    const t0 = now();
    let t = t0;
    while (t - t0 < ms) {
      for (let i = 0; i < 50; i++, n++) {
        const r = await api.get('/items', { params: { page: n, q: 'a b' }, headers: { 'X-Custom': 'v' } });
        if (r.data.ok !== true) throw new Error('pipeline returned the wrong data');
      }
      t = now();
    }
    return { n, ms: t - t0 };
  }

  // --- large transfers -----------------------------------------------------
  function rawTransfer({ method, url, responseType, body, upload }) {
    return new Promise((resolve, reject) => {
      let events = 0;
      const xhr = new XMLHttpRequest();
      xhr.open(method, url, true);
      if (responseType) xhr.responseType = responseType;
      if (upload) xhr.upload.onprogress = () => events++;
      else xhr.onprogress = () => events++;
      xhr.onload = () => {
        if (xhr.status !== 200) return reject(new Error(`status ${xhr.status}`));
        resolve({ data: responseType ? xhr.response : JSON.parse(xhr.responseText), events });
      };
      xhr.onerror = () => reject(new Error('network error'));
      xhr.send(body ?? null);
    });
  }

  async function libTransfer({ method, url, responseType, body, upload }) {
    let events = 0;
    const count = () => events++;
    const config = { method, url, data: body, responseType };
    if (upload) config.onUploadProgress = count;
    else config.onDownloadProgress = count;
    const r = await lib.request(config);
    return { data: r.data, events };
  }

  // kind: 'arraybuffer' or 'blob' (downloads) or 'upload'. `query` paces a
  // download on the server (chunk=BYTES&interval=MS).
  let uploadBlob;
  async function transfer(kind, size, query = '') {
    const spec =
      kind === 'upload'
        ? {
            method: 'POST',
            url: '/api/upload',
            body: (uploadBlob ??= new Blob([new Uint8Array(size).fill(97)], { type: 'application/octet-stream' })),
            upload: true,
          }
        : { method: 'GET', url: `/api/bytes/${size}${query ? `?${query}` : ''}`, responseType: kind };
    const t0 = now();
    const { data, events } = await (lib ? libTransfer : rawTransfer)(spec);
    const ms = now() - t0;
    const got = kind === 'upload' ? data.bytes : kind === 'blob' ? data.size : data.byteLength;
    if (got !== size) throw new Error(`${kind}: expected ${size} bytes, got ${got}`);
    return { ms, events, bytes: size };
  }

  window.bench = { lib: lib ? (lib.VERSION ?? 'lib') : 'xhr', requests, pipeline, transfer, rawGet };
})();
