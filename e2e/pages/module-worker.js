// A worker that is an ES module, as bundlers such as Vite make them: it
// imports the ES module build (default and named exports) and answers with
// what a few requests gave. The same file runs as a dedicated worker
// (message) and as a shared worker (connect, with a port).
import axios, { AxiosHeaders, isCancel } from '/dist/esm/axios.min.js';

async function run() {
  const out = { defaultAdapter: null, adapters: {} };
  out.defaultAdapter = (await axios.get('/api/echo')).request instanceof XMLHttpRequest ? 'xhr' : 'fetch';
  for (const adapter of ['xhr', 'fetch']) {
    const api = axios.create({ adapter, baseURL: '/api' });
    const got = await api.get('echo/' + adapter, { params: { q: 'a b' }, headers: new AxiosHeaders({ 'X-Worker': 'module' }) });
    let downloads = 0;
    const bytes = await api.get('bytes/100000', { responseType: 'arraybuffer', onDownloadProgress: () => downloads++ });
    const controller = new AbortController();
    const cancelled = api.get('delay/2000', { signal: controller.signal }).then(() => 'resolved', (error) => isCancel(error) && error.code);
    controller.abort();
    out.adapters[adapter] = {
      url: got.data.url,
      header: got.data.headers['x-worker'],
      bytes: bytes.data.byteLength,
      progress: downloads > 0,
      cancelled: await cancelled,
    };
  }
  return out;
}

const answer = (port) => run().then((result) => port.postMessage({ result }), (error) => port.postMessage({ error: String(error && error.message) }));
self.onmessage = () => answer(self);
self.onconnect = (event) => answer(event.ports[0]);
