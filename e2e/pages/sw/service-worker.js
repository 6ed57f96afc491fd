// A service worker (scope /e2e/sw/) that loads the UMD build with
// importScripts. It has no XMLHttpRequest and no document: plume must use
// fetch. It answers two kinds of message, and serves the pages of its scope:
// - 'requests': runs requests with plume and replies with what happened;
// - the page /e2e/sw/page.html and the JSON at /e2e/sw/api/*, which it makes
//   itself, so that a page's XMLHttpRequest gets a response from a worker.
importScripts('/dist/axios.min.js');

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

const settle = (promise) => promise.then((response) => ({ response }), (error) => ({ error }));

async function requests() {
  const got = await axios.get('/api/echo', { params: { q: 'sw' }, headers: { 'X-From': 'service-worker' } });
  const form = new FormData();
  form.append('field', 'value');
  form.append('file', new Blob(['file body'], { type: 'text/plain' }), 'a.txt');
  const posted = await axios.post('/api/echo', form);
  const progress = [];
  await axios.get('/api/bytes/262144', {
    params: { chunk: 65536, interval: 20 },
    responseType: 'arraybuffer',
    onDownloadProgress: (e) => progress.push(e.loaded),
  });
  const timedOut = await settle(axios.get('/api/never', { timeout: 100 }));
  const controller = new AbortController();
  const aborted = settle(axios.get('/api/never', { signal: controller.signal }));
  setTimeout(() => controller.abort(), 50);
  const cancel = (await aborted).error;
  const notFound = (await settle(axios.get('/api/status/404'))).error;
  return {
    xhr: typeof XMLHttpRequest,
    document: typeof document,
    adapter: axios.getAdapter(axios.defaults.adapter).adapterName,
    get: { request: got.request instanceof Request, url: got.data.url, header: got.data.headers['x-from'] },
    formData: {
      multipart: /^multipart\/form-data; boundary=/.test(posted.data.contentType),
      body: posted.data.body,
      files: posted.data.files.map(({ name, size }) => ({ name, size })),
    },
    progress: { last: progress[progress.length - 1], events: progress.length > 0 },
    timeout: timedOut.error && timedOut.error.code,
    cancel: { code: cancel && cancel.code, isCancel: axios.isCancel(cancel) },
    notFound: { code: notFound.code, status: notFound.response.status },
  };
}

self.addEventListener('message', (event) => {
  const reply = event.ports[0];
  requests().then(
    (result) => reply.postMessage({ result }),
    (error) => reply.postMessage({ failed: String((error && error.stack) || error) })
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.pathname == '/e2e/sw/page.html') {
    event.respondWith(new Response('<!doctype html><script src="/dist/axios.min.js"></script>', { headers: { 'Content-Type': 'text/html' } }));
  } else if (url.pathname.startsWith('/e2e/sw/api/')) {
    event.respondWith(
      event.request.text().then((body) =>
        Response.json(
          { from: 'service-worker', method: event.request.method, path: url.pathname, query: url.search, body, header: event.request.headers.get('x-page') },
          { status: url.pathname.endsWith('/missing') ? 404 : 200, headers: { 'X-Served-By': 'sw' } }
        )
      )
    );
  }
});
