import { test, expect } from './fixtures';

// A real service worker (e2e/pages/sw/service-worker.js, scope /e2e/sw/):
// plume loaded there with importScripts, where there is no XMLHttpRequest;
// and a page of that scope whose requests the worker answers itself.
test.describe('in a service worker', { tag: '@build' }, () => {
  // Registers the worker, waits until it is active, runs `fn` in the page with
  // it, and unregisters it whatever happens: the browser context is shared.
  const withServiceWorker = async (page: any, fn: () => Promise<any>) => {
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.register('/e2e/sw/service-worker.js');
      const worker = (registration.installing || registration.waiting || registration.active)!;
      await new Promise<void>((resolve) => {
        const check = () => worker.state == 'activated' && resolve();
        worker.addEventListener('statechange', check);
        check();
      });
    });
    try {
      return await fn();
    } finally {
      await page.goto('/e2e/umd.html');
      await page.evaluate(async () => {
        for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
      });
    }
  };

  test('has no XMLHttpRequest: plume uses fetch there, and requests, progress, timeouts and cancellation work', async ({ page }) => {
    const reply = await withServiceWorker(page, () =>
      page.evaluate(async () => {
        const registration = (await navigator.serviceWorker.getRegistration('/e2e/sw/'))!;
        const channel = new MessageChannel();
        const answered = new Promise((resolve) => (channel.port1.onmessage = (event) => resolve(event.data)));
        registration.active!.postMessage('requests', [channel.port2]);
        return answered;
      })
    );
    expect(reply).toEqual({
      result: {
        xhr: 'undefined',
        document: 'undefined',
        adapter: 'fetch',
        get: { request: true, url: '/api/echo?q=sw', header: 'service-worker' },
        formData: { multipart: true, body: { field: 'value' }, files: [{ name: 'a.txt', size: 9 }] },
        progress: { last: 262144, events: true },
        timeout: 'ECONNABORTED',
        cancel: { code: 'ERR_CANCELED', isCancel: true },
        notFound: { code: 'ERR_BAD_REQUEST', status: 404 },
      },
    });
  });

  test("a page's XMLHttpRequest answered by the service worker: data, status, headers and errors as from the network", async ({ page }) => {
    const result = await withServiceWorker(page, async () => {
      await page.goto('/e2e/sw/page.html');
      return page.evaluate(async () => {
        const got = await axios.get('/e2e/sw/api/hello', { params: { q: 1 }, headers: { 'X-Page': 'yes' } });
        const posted = await axios.post('/e2e/sw/api/items', { a: 1 });
        const missing = await axios.get('/e2e/sw/api/missing').catch((error) => error);
        return {
          controlled: !!navigator.serviceWorker.controller,
          request: got.request instanceof XMLHttpRequest,
          got: got.data,
          servedBy: got.headers['x-served-by'],
          posted: posted.data,
          missing: { code: missing.code, status: missing.response.status, from: missing.response.data.from },
        };
      });
    });
    expect(result).toEqual({
      controlled: true,
      request: true,
      got: { from: 'service-worker', method: 'GET', path: '/e2e/sw/api/hello', query: '?q=1', body: '', header: 'yes' },
      servedBy: 'sw',
      posted: { from: 'service-worker', method: 'POST', path: '/e2e/sw/api/items', query: '', body: '{"a":1}', header: null },
      missing: { code: 'ERR_BAD_REQUEST', status: 404, from: 'service-worker' },
    });
  });
});
