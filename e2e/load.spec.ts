import { test, expect, inPage, ADAPTERS, trackLeaks } from './security-support';

// Load. Many requests at once and many in a row complete with nothing lost
// or mixed up, and leave nothing behind: no listener on a long-lived signal,
// no CancelToken subscription, no timer, and (in Chromium, where the heap can
// be measured after a forced garbage collection) no memory.

/** In the page: `count` requests, `concurrency` at a time, alternating adapters; what came back. */
const run = (page: any, count: number, concurrency: number, adapters: readonly string[]) =>
  inPage(
    page,
    async ({ count, concurrency, adapters }) => {
      const leaks = (window as any).__leaks;
      leaks.reset();
      // One signal and one CancelToken for all requests, as an application keeps one for a page.
      const controller = new AbortController();
      const source = leaks.trackedToken();
      const started = performance.now();
      let next = 0;
      let ok = 0;
      const wrong: string[] = [];
      const worker = async () => {
        while (next < count) {
          const i = next++;
          const adapter = adapters[i % adapters.length];
          try {
            // /api/text answers with the body it is given: the cheapest route that identifies each request.
            const response = await axios.get('/api/text', {
              adapter: adapter as any,
              params: { body: 'request ' + i },
              signal: controller.signal,
              cancelToken: source.token,
              timeout: 10_000,
            });
            if (response.status === 200 && response.data === 'request ' + i) ok++;
            else wrong.push(`${i}: ${response.status} ${JSON.stringify(response.data)}`);
          } catch (error: any) {
            wrong.push(`${i}: ${error && error.code} ${error && error.message}`);
          }
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      const ms = Math.round(performance.now() - started);
      // A moment for anything late (a timer, a rejection) to show.
      await new Promise((resolve) => leaks.setTimeout(resolve, 50));
      const { timers, listeners } = leaks.live();
      return { ok, wrong: wrong.slice(0, 5), lost: count - ok - wrong.length, ms, timers: timers.length, listeners, subscriptions: leaks.tokens.size };
    },
    { count, concurrency, adapters }
  );

const CLEAN = { wrong: [], lost: 0, timers: 0, listeners: [], subscriptions: 0 };

test.describe('load', { tag: '@fetch-adapter' }, () => {
  test.beforeEach(async ({ page }) => trackLeaks(page));

  test('1,000 concurrent requests per adapter complete, nothing lost, mixed up or left behind', async ({ page }) => {
    for (const adapter of ADAPTERS) {
      const result = await run(page, 1000, 1000, [adapter]);
      expect({ adapter, ...result, ms: undefined }).toEqual({ adapter, ok: 1000, ...CLEAN, ms: undefined });
    }
  });

  test('10,000 sequential requests complete, and the JS heap comes back near where it started', async ({ page, browserName }) => {
    test.setTimeout(240_000);
    // Chromium: the heap, after forced garbage collections, over the DevTools protocol.
    const cdp = browserName === 'chromium' ? await page.context().newCDPSession(page) : null;
    const heap = async () => {
      if (!cdp) return null;
      let least = Infinity;
      for (let i = 0; i < 3; i++) {
        await cdp.send('HeapProfiler.collectGarbage');
        least = Math.min(least, (await cdp.send('Runtime.getHeapUsage')).usedSize);
      }
      return least;
    };
    // Warm up: compiled code, connection pools and lazy state are not a leak.
    expect(await run(page, 300, 6, ADAPTERS)).toMatchObject({ ok: 300, ...CLEAN });
    const before = await heap();

    const sequential = await run(page, 10_000, 1, ADAPTERS);
    expect(sequential).toMatchObject({ ok: 10_000, ...CLEAN });
    const concurrent = await run(page, 1000, 1000, ADAPTERS);
    expect(concurrent).toMatchObject({ ok: 1000, ...CLEAN });

    const after = await heap();
    if (cdp) {
      // 11,000 requests: a leak of even 100 bytes each would be over 1 MB.
      const grown = after! - before!;
      expect(grown, `heap ${before} -> ${after} bytes`).toBeLessThan(1024 * 1024);
      await cdp.detach();
    }
    // Firefox has no heap measurement open to a page or to WebDriver BiDi: there
    // the checks are the counts above (every request, no timer, listener or subscription left).
    console.log(`load: ${browserName}: 10,000 sequential in ${sequential.ms} ms, 1,000 concurrent in ${concurrent.ms} ms` + (cdp ? `, heap ${before} -> ${after}` : ''));
    test.info().annotations.push({
      type: 'load',
      description: `${browserName}: 10,000 sequential in ${sequential.ms} ms, 1,000 concurrent in ${concurrent.ms} ms` + (cdp ? `, heap ${before} -> ${after}` : ''),
    });
  });
});
