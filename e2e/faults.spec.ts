import { test, expect, inPage, ADAPTERS, neverPendingDrops, trackLeaks } from './security-support';

// Faults. A server that never answers, answers slowly, cuts the connection
// mid-body, sends malformed JSON or headers, or fails with an HTML page:
// each request ends in exactly one clear outcome, with no unhandled
// rejection (the fixture checks), no progress event after it, and no timer,
// event listener or CancelToken subscription left behind. Every request
// carries a signal, a CancelToken and progress listeners, so that there is
// something to leave behind.

type Fault = { name: string; url: string; config?: Record<string, unknown>; abortAfter?: number; cancelAfter?: number; upload?: boolean };

/** In the page: run each fault with each adapter; the outcome, what followed it, and what was left. */
const runFaults = (page: any, faults: Fault[]) =>
  inPage(
    page,
    async ({ faults, adapters }) => {
      const leaks = (window as any).__leaks;
      const wait = (ms: number) => new Promise((resolve) => leaks.setTimeout(resolve, ms));
      const rows: any = {};
      for (const adapter of adapters) {
        for (const fault of faults) {
          leaks.reset();
          const controller = new AbortController();
          const source = leaks.trackedToken();
          let outcomes = 0;
          let progressAfter = 0;
          let settled = false;
          const onDownloadProgress = () => void (settled && progressAfter++);
          const request = axios.request({
            url: fault.url,
            adapter,
            signal: controller.signal,
            cancelToken: source.token,
            onDownloadProgress,
            ...(fault.upload ? { onUploadProgress: onDownloadProgress } : {}),
            ...(fault.config as any),
          });
          request.then(
            () => outcomes++,
            () => outcomes++
          );
          if (fault.abortAfter != null) leaks.setTimeout(() => controller.abort(), fault.abortAfter);
          if (fault.cancelAfter != null) leaks.setTimeout(() => source.cancel('cancelled by the test'), fault.cancelAfter);
          const outcome = await settle(request);
          settled = true;
          // Nothing may still be scheduled once the promise has settled (a throttled
          // progress event, a timeout) ...
          const timersAtOutcome = leaks.live().timers;
          // ... nor appear a moment later.
          await wait(50);
          const { timers, listeners } = leaks.live();
          const row: any = { outcomes, progressAfter, timersAtOutcome, timers, listeners, subscriptions: leaks.tokens.size };
          if (outcome.error) {
            const { code, isAxiosError, isCancel, status, response } = outcome.error;
            Object.assign(row, { code, isAxiosError, isCancel, status, data: response && response.data });
          } else {
            Object.assign(row, { status: outcome.response!.status, data: outcome.response!.data });
          }
          rows[adapter + ' ' + fault.name] = row;
        }
      }
      return rows;
    },
    { faults, adapters: [...ADAPTERS] }
  );

/** What every fault must leave: one outcome, nothing after it, nothing behind. */
const CLEAN = { outcomes: 1, progressAfter: 0, timersAtOutcome: [], timers: [], listeners: [], subscriptions: 0 };

/** Compare row by row, naming each row and field that differs. */
const expectRows = (rows: Record<string, any>, expected: Record<string, Record<string, unknown>>) => {
  const differences: string[] = [];
  for (const adapter of ADAPTERS) {
    for (const [name, row] of Object.entries(expected)) {
      const want: Record<string, unknown> = { ...CLEAN, ...row };
      const got = rows[adapter + ' ' + name] || {};
      for (const key of new Set([...Object.keys(want), ...Object.keys(got)])) {
        if (JSON.stringify(got[key]) !== JSON.stringify(want[key])) {
          differences.push(`${adapter} ${name}: ${key} ${JSON.stringify(got[key])}, expected ${JSON.stringify(want[key])}`);
        }
      }
    }
  }
  expect(Object.keys(rows)).toHaveLength(ADAPTERS.length * Object.keys(expected).length);
  expect(differences).toEqual([]);
};

test.describe('faults', { tag: '@fetch-adapter' }, () => {
  test.beforeEach(async ({ page }) => trackLeaks(page));

  test('a server that never answers: timeout, abort or cancel ends it, and the connection is closed', async ({ page }) => {
    const rows = await runFaults(page, [
      { name: 'timeout', url: '/api/never', config: { timeout: 150 } },
      { name: 'timeout, clarified', url: '/api/never', config: { timeout: 150, transitional: { clarifyTimeoutError: true } } },
      { name: 'abort', url: '/api/never', abortAfter: 100 },
      { name: 'cancel', url: '/api/never', cancelAfter: 100 },
      { name: 'POST, timeout', url: '/api/never', config: { method: 'post', data: 'x'.repeat(10_000), timeout: 150 }, upload: true },
    ]);
    const aborted = { isAxiosError: true, isCancel: false, status: undefined, data: undefined };
    const cancelled = { code: 'ERR_CANCELED', isAxiosError: true, isCancel: true, status: undefined, data: undefined };
    expectRows(rows, {
      timeout: { ...aborted, code: 'ECONNABORTED' },
      'timeout, clarified': { ...aborted, code: 'ETIMEDOUT' },
      abort: cancelled,
      cancel: cancelled,
      'POST, timeout': { ...aborted, code: 'ECONNABORTED' },
    });
    // The server no longer holds any of them: the browser closed each connection.
    expect(await neverPendingDrops(page)).toBe(0);
  });

  test('a server that answers slowly: before the timeout a response, after it one timeout error', async ({ page }) => {
    const rows = await runFaults(page, [
      { name: 'slow headers, timeout first', url: '/api/delay/1000', config: { timeout: 150 } },
      { name: 'slow body, timeout mid-body', url: '/api/slow-body', config: { params: { chunks: 10, interval: 100 }, timeout: 250 } },
      { name: 'slow body, in time', url: '/api/slow-body', config: { params: { chunks: 3, interval: 50 }, timeout: 3000 } },
      { name: 'slow body, aborted mid-body', url: '/api/slow-body', config: { params: { chunks: 10, interval: 100 } }, abortAfter: 250 },
    ]);
    expectRows(rows, {
      'slow headers, timeout first': { code: 'ECONNABORTED', isAxiosError: true, isCancel: false, status: undefined, data: undefined },
      'slow body, timeout mid-body': { code: 'ECONNABORTED', isAxiosError: true, isCancel: false, status: undefined, data: undefined },
      'slow body, in time': { status: 200, data: 'chunk 0\nchunk 1\nchunk 2\n' },
      'slow body, aborted mid-body': { code: 'ERR_CANCELED', isAxiosError: true, isCancel: true, status: undefined, data: undefined },
    });
  });

  test('a connection cut mid-body, or refused, is one ERR_NETWORK', async ({ page }) => {
    const network = { code: 'ERR_NETWORK', isAxiosError: true, isCancel: false, status: undefined, data: undefined };
    const rows = await runFaults(page, [
      { name: 'cut after 100 bytes', url: '/api/cut', config: { params: { after: 100 } } },
      { name: 'cut before the body', url: '/api/cut', config: { params: { after: 0 } } },
      { name: 'cut after 100 KB, as an ArrayBuffer', url: '/api/cut', config: { params: { after: 100_000 }, responseType: 'arraybuffer' } },
      { name: 'cut, with a timeout set', url: '/api/cut', config: { params: { after: 100 }, timeout: 5000 } },
      { name: 'refused', url: 'http://127.0.0.1:9/refused', config: { timeout: 5000 } },
    ]);
    expectRows(rows, {
      'cut after 100 bytes': network,
      'cut before the body': network,
      'cut after 100 KB, as an ArrayBuffer': network,
      'cut, with a timeout set': network,
      refused: network,
    });
  });

  test('malformed JSON, malformed headers and 5xx HTML pages each end in one clear outcome', async ({ page }) => {
    const html = '<!doctype html><h1>502 Bad Gateway</h1>';
    const rows = await runFaults(page, [
      { name: 'malformed JSON', url: '/api/malformed-json' },
      { name: 'malformed JSON, strict', url: '/api/malformed-json', config: { responseType: 'json', transitional: { silentJSONParsing: false } } },
      { name: 'malformed JSON with a 500', url: '/api/malformed-json', config: { params: { status: 500 } } },
      { name: 'a header line without a colon', url: '/api/bad-headers' },
      { name: '502 with an HTML page', url: '/api/status/502', config: { params: { body: html, type: 'text/html' } } },
      { name: '503 with an HTML page, JSON expected', url: '/api/status/503', config: { params: { body: html, type: 'text/html' }, responseType: 'json' } },
    ]);
    expectRows(rows, {
      'malformed JSON': { status: 200, data: '{"broken": tru' },
      'malformed JSON, strict': { code: 'ERR_BAD_RESPONSE', isAxiosError: true, isCancel: false, status: 200, data: '{"broken": tru' },
      'malformed JSON with a 500': { code: 'ERR_BAD_RESPONSE', isAxiosError: true, isCancel: false, status: 500, data: '{"broken": tru' },
      'a header line without a colon': { status: 200, data: 'body after a malformed header line\n' },
      '502 with an HTML page': { code: 'ERR_BAD_RESPONSE', isAxiosError: true, isCancel: false, status: 502, data: html },
      '503 with an HTML page, JSON expected': { code: 'ERR_BAD_RESPONSE', isAxiosError: true, isCancel: false, status: 503, data: html },
    });
    // The lines around the malformed one are kept.
    const kept = await inPage(page, async () => {
      const response = await axios.get('/api/bad-headers');
      return [response.headers['x-before-bad-line'], response.headers['x-after-bad-line']];
    });
    expect(kept).toEqual(['kept', 'kept']);
  });

  test('a user function that throws (validateStatus, transforms, paramsSerializer) rejects the request with the very error it threw', async ({ page }) => {
    const result = await inPage(
      page,
      async ({ adapters }) => {
        const thrown = new Error('thrown by a user function');
        const thrower = () => {
          throw thrown;
        };
        const cases: Record<string, any> = {
          validateStatus: { validateStatus: thrower },
          transformRequest: { transformRequest: [thrower] },
          transformResponse: { transformResponse: [thrower] },
          'paramsSerializer.serialize': { params: { a: 1 }, paramsSerializer: { serialize: thrower } },
        };
        const rows: any = {};
        for (const adapter of adapters) {
          for (const [name, config] of Object.entries(cases)) {
            const request = axios.request({ url: '/api/echo', adapter, ...config });
            rows[adapter + ' ' + name] = await Promise.race([
              request.then(
                () => 'resolved',
                // The very error thrown, not a wrapper around it.
                (error) => 'rejected: ' + (error === thrown ? 'the error thrown' : error && error.message)
              ),
              new Promise((resolve) => setTimeout(() => resolve('still pending after 3 s'), 3000)),
            ]);
          }
        }
        return rows;
      },
      { adapters: [...ADAPTERS] }
    );
    const expected: Record<string, string> = {};
    for (const adapter of ADAPTERS) {
      for (const name of ['validateStatus', 'transformRequest', 'transformResponse', 'paramsSerializer.serialize']) {
        expected[adapter + ' ' + name] = 'rejected: the error thrown';
      }
    }
    expect(result).toEqual(expected);
  });
});
