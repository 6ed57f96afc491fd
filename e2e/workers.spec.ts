import { test, expect, inPage } from './fixtures';

// The UMD build in a dedicated worker (e2e/pages/worker.js): no document,
// XMLHttpRequest present, and the case without it that a service worker is;
// and the ES module build in module workers, dedicated and shared.
test.describe('in a worker', { tag: '@build' }, () => {
  const run = (page: any, scenario: string) =>
    inPage(
      page,
      (name: string) =>
        new Promise<any>((resolve) => {
          const worker = new Worker('/e2e/worker.js');
          worker.onmessage = ({ data }) => (worker.terminate(), resolve(data));
          worker.onerror = (event) => (worker.terminate(), resolve({ workerError: event.message }));
          worker.postMessage(name);
        }),
      scenario
    );

  test('loads with importScripts; the default adapter is XHR, and both adapters work by name', async ({ page }) => {
    expect(await run(page, 'adapters')).toEqual({
      result: {
        global: 'function',
        defaultRequest: 'xhr',
        defaultUrl: '/api/echo/default?q=1',
        fetchRequest: 'fetch',
        fetchPath: '/api/echo/fetch',
        xhrPath: '/api/echo/xhr',
      },
    });
  });

  test('without XMLHttpRequest, the default adapter list falls through to fetch', async ({ page }) => {
    expect(await run(page, 'withoutXhr')).toEqual({
      result: {
        hasXhr: 'undefined',
        request: 'fetch',
        path: '/api/echo/no-xhr',
        xhrError: { code: 'ERR_NOT_SUPPORT', message: "There is no suitable adapter to dispatch the request  - adapter xhr is not supported by the environment" },
      },
    });
  });

  // e2e/pages/module-worker.js: a worker that is an ES module imports the ES
  // module build, as a dedicated worker and as a shared one.
  test('a module worker and a shared module worker import the ES module build: both adapters, progress, cancellation', async ({ page }) => {
    const results = await inPage(page, async () => {
      const settleWorker = (start: (resolve: (data: any) => void) => void) =>
        new Promise<any>((resolve) => {
          start(resolve);
          setTimeout(() => resolve({ error: 'no answer in 10 s' }), 10_000);
        });
      const dedicated = await settleWorker((resolve) => {
        const worker = new Worker('/e2e/module-worker.js', { type: 'module' });
        worker.onmessage = ({ data }) => (worker.terminate(), resolve(data));
        worker.onerror = (event) => resolve({ error: event.message || 'worker error' });
        worker.postMessage('run');
      });
      const shared = await settleWorker((resolve) => {
        const worker = new SharedWorker('/e2e/module-worker.js', { type: 'module' });
        worker.port.onmessage = ({ data }) => resolve(data);
        worker.onerror = (event) => resolve({ error: (event as ErrorEvent).message || 'worker error' });
      });
      return { dedicated, shared };
    });
    const adapter = (name: string) => ({ url: `/api/echo/${name}?q=a+b`, header: 'module', bytes: 100000, progress: true, cancelled: 'ERR_CANCELED' });
    const expected = { result: { defaultAdapter: 'xhr', adapters: { xhr: adapter('xhr'), fetch: adapter('fetch') } } };
    expect(results).toEqual({ dedicated: expected, shared: expected });
  });

  test('URL credentials become Basic auth against the worker location; no XSRF header without cookies', async ({ page }) => {
    await page.evaluate(() => (document.cookie = 'XSRF-TOKEN=from-the-page; path=/'));
    expect(await run(page, 'credentialsAndXsrf')).toEqual({
      result: {
        authorization: 'Basic ' + Buffer.from('user:s3cret').toString('base64'),
        authUrl: '/api/echo/auth',
        xsrfHeader: null,
      },
    });
  });
});
