// Loaded by every test page before the bundle: records what a test must
// not leave behind (unhandled rejections) and turns responses and errors
// into plain data that Playwright can carry out of the page.
window.__unhandled = [];
addEventListener('unhandledrejection', (event) => {
  const reason = event.reason;
  window.__unhandled.push(String((reason && (reason.stack || reason.message)) || reason));
});

window.describeResponse = (response) => ({
  status: response.status,
  statusText: response.statusText,
  data: response.data,
  headers: response.headers && typeof response.headers.toJSON == 'function' ? response.headers.toJSON() : response.headers,
  headersIsAxiosHeaders: !!response.headers && response.headers[Symbol.toStringTag] === 'AxiosHeaders',
  duration: response.duration,
  isXHR: typeof XMLHttpRequest != 'undefined' && response.request instanceof XMLHttpRequest,
  config: { url: response.config.url, method: response.config.method },
});

window.describeError = (error) => ({
  name: error && error.name,
  message: error && error.message,
  code: error && error.code,
  status: error && error.status,
  isAxiosError: window.axios.isAxiosError(error),
  isCancel: window.axios.isCancel(error),
  isError: error instanceof Error,
  hasConfig: !!(error && error.config),
  hasRequest: !!(error && error.request),
  response: error && error.response ? { status: error.response.status, data: error.response.data } : undefined,
});

/** Await a request; resolve to { response } or { error }, never throw. */
window.settle = async (promise) => {
  try {
    return { response: window.describeResponse(await promise) };
  } catch (error) {
    return { error: window.describeError(error) };
  }
};
