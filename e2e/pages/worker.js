// A dedicated worker that loads the UMD build the way a worker does
// (importScripts), runs the scenario the page names, and posts back what
// happened. Workers have no document: no cookies to read, and relative URLs
// resolve against the worker's own location.
importScripts('/dist/axios.min.js');

const describe = (error) => ({ code: error.code, message: error.message });

const scenarios = {
  // The default adapter list, and both adapters chosen by name.
  async adapters() {
    const byDefault = await axios.get('/api/echo/default', { params: { q: 1 } });
    const byFetch = await axios.get('/api/echo/fetch', { adapter: 'fetch' });
    const byXhr = await axios.get('/api/echo/xhr', { adapter: 'xhr' });
    return {
      global: typeof self.axios.get,
      defaultRequest: byDefault.request instanceof XMLHttpRequest ? 'xhr' : 'other',
      defaultUrl: byDefault.data.url,
      fetchRequest: byFetch.request instanceof Request ? 'fetch' : 'other',
      fetchPath: byFetch.data.path,
      xhrPath: byXhr.data.path,
    };
  },
  // Where XMLHttpRequest is absent (a service worker has none), the default
  // list falls through to fetch; naming 'xhr' is a clear error.
  async withoutXhr() {
    delete self.XMLHttpRequest;
    const response = await axios.get('/api/echo/no-xhr');
    let xhrError = null;
    try {
      await axios.get('/api/echo', { adapter: 'xhr' });
    } catch (error) {
      xhrError = describe(error);
    }
    return {
      hasXhr: typeof XMLHttpRequest,
      request: response.request instanceof Request ? 'fetch' : 'other',
      path: response.data.path,
      xhrError,
    };
  },
  // Credentials in a relative-scheme URL become Basic auth, resolved against
  // the worker's location; and no XSRF header, as a worker has no cookies to read.
  async credentialsAndXsrf() {
    const auth = await axios.get(`//user:s3cret@${location.host}/api/echo/auth`, { adapter: 'fetch' });
    const xsrf = await axios.get('/api/echo/xsrf', { withXSRFToken: true });
    return {
      authorization: auth.data.headers.authorization,
      authUrl: auth.data.url,
      xsrfHeader: xsrf.data.headers['x-xsrf-token'] ?? null,
    };
  },
};

self.onmessage = async ({ data: name }) => {
  try {
    self.postMessage({ result: await scenarios[name]() });
  } catch (error) {
    self.postMessage({ error: describe(error) });
  }
};
