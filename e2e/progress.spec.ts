import { test, expect, inPage } from './fixtures';

// Collect every AxiosProgressEvent of one request, as plain data.
const fields = ['loaded', 'total', 'progress', 'bytes', 'rate', 'estimated', 'upload', 'download', 'lengthComputable'];

test.describe('progress events', () => {
  test('download progress: events arrive, grow, end at 100%, with rate and estimate', async ({ page }) => {
    const result = await inPage(
      page,
      async (fields) => {
        const events: any[] = [];
        // 2 MiB in 64 KiB pieces every 20 ms: about 0.6 s, long enough for a rate.
        const response = await axios.get('/api/bytes/2097152', {
          params: { chunk: 65536, interval: 20 },
          responseType: 'arraybuffer',
          onDownloadProgress: (event) => {
            const copy: any = {};
            for (const field of fields) copy[field] = (event as any)[field];
            copy.hasEvent = !!event.event;
            events.push(copy);
          },
        });
        return { events, size: response.data.byteLength };
      },
      fields
    );
    const { events } = result;
    expect(result.size).toBe(2097152);
    expect(events.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < events.length; i++) expect(events[i].loaded).toBeGreaterThanOrEqual(events[i - 1].loaded);
    const last = events[events.length - 1];
    expect(last).toMatchObject({ loaded: 2097152, total: 2097152, progress: 1, download: true, lengthComputable: true, hasEvent: true });
    expect(events.every((e) => e.download === true && e.upload === undefined)).toBe(true);
    expect(events.some((e) => typeof e.rate === 'number' && e.rate > 0)).toBe(true);
    expect(events.some((e) => typeof e.estimated === 'number' && e.estimated >= 0)).toBe(true);
    // bytes are the increments: they add up to the total.
    expect(events.reduce((sum, e) => sum + e.bytes, 0)).toBe(2097152);
    // Throttled to about three a second, as axios does.
    expect(events.length).toBeLessThan(12);
  });

  test('download progress without Content-Length: total unknown', async ({ page }) => {
    const events = await inPage(page, async () => {
      const seen: any[] = [];
      await axios.get('/api/bytes/300000', {
        params: { chunked: 1, chunk: 30000, interval: 40 },
        responseType: 'blob',
        onDownloadProgress: (e) => seen.push({ loaded: e.loaded, total: e.total ?? null, progress: e.progress ?? null, lengthComputable: e.lengthComputable }),
      });
      return seen;
    });
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events[events.length - 1]).toEqual({ loaded: 300000, total: null, progress: null, lengthComputable: false });
  });

  // The fetch adapter reports a browser upload once, at the end: see fetch.spec.ts.
  test('upload progress (XHR): events arrive, grow and end at 100%', { tag: '@xhr-only' }, async ({ page }) => {
    const result = await inPage(page, async () => {
      const events: any[] = [];
      const size = 8 * 1024 * 1024;
      const response = await axios.post('/api/upload', new Blob([new Uint8Array(size)]), {
        headers: { 'Content-Type': 'application/octet-stream' },
        onUploadProgress: (e) => events.push({ loaded: e.loaded, total: e.total, progress: e.progress, upload: e.upload, download: e.download, bytes: e.bytes }),
      });
      return { events, received: response.data.bytes, size };
    });
    expect(result.received).toBe(result.size);
    const { events } = result;
    expect(events.length).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < events.length; i++) expect(events[i].loaded).toBeGreaterThanOrEqual(events[i - 1].loaded);
    expect(events[events.length - 1]).toMatchObject({ loaded: result.size, total: result.size, progress: 1, upload: true });
    expect(events.every((e) => e.upload === true && e.download === undefined)).toBe(true);
  });

  test('progress listeners are removed when the request ends, however it ends', { tag: '@xhr-only' }, async ({ page }) => {
    const counts = await inPage(page, async () => {
      const live = new Map<EventTarget, number>();
      const add = EventTarget.prototype.addEventListener;
      const remove = EventTarget.prototype.removeEventListener;
      EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: any[]) {
        if (args[0] === 'progress' || args[0] === 'loadend' || args[0] === 'abort') live.set(this, (live.get(this) || 0) + 1);
        return (add as any).apply(this, args);
      };
      EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: any[]) {
        if (args[0] === 'progress' || args[0] === 'loadend' || args[0] === 'abort') live.set(this, (live.get(this) || 0) - 1);
        return (remove as any).apply(this, args);
      };
      try {
        const onUploadProgress = () => {};
        const onDownloadProgress = () => {};
        const controller = new AbortController();
        await axios.post('/api/upload', 'x'.repeat(1000), { onUploadProgress, onDownloadProgress, signal: controller.signal });
        await settle(axios.get('/api/status/500', { onDownloadProgress, signal: controller.signal }));
        await settle(axios.get('/api/never', { onDownloadProgress, timeout: 100, signal: controller.signal }));
        const pending = axios.get('/api/never', { onDownloadProgress, onUploadProgress, signal: controller.signal });
        setTimeout(() => controller.abort(), 50);
        await settle(pending);
        return [...live.values()].filter((n) => n !== 0).length;
      } finally {
        EventTarget.prototype.addEventListener = add;
        EventTarget.prototype.removeEventListener = remove;
      }
    });
    expect(counts).toBe(0);
  });
});

test.describe('a progress listener that throws', () => {
  test.use({ allowedPageErrors: [/thrown by a progress listener/] });

  test('leaves the request to succeed, and its error is reported on its own, as with any event listener', async ({ page }) => {
    const reported: string[] = [];
    page.on('pageerror', (error) => reported.push(error.message));
    const result = await inPage(page, async () => {
      const calls = { download: 0, upload: 0 };
      const thrower = (kind: 'download' | 'upload') => () => {
        calls[kind]++;
        throw new Error('thrown by a progress listener');
      };
      const outcome = (request: Promise<any>) =>
        request.then(
          (response) => ['resolved', response.status],
          (error) => ['rejected', error && error.message]
        );
      const download = await outcome(axios.get('/api/bytes/1000', { responseType: 'arraybuffer', onDownloadProgress: thrower('download') }));
      const upload = await outcome(axios.post('/api/upload', 'x'.repeat(1000), { onUploadProgress: thrower('upload') }));
      return { download, upload, calls };
    });
    expect(result.download).toEqual(['resolved', 200]);
    expect(result.upload).toEqual(['resolved', 200]);
    expect(result.calls.download).toBeGreaterThanOrEqual(1);
    expect(result.calls.upload).toBeGreaterThanOrEqual(1);
    // Each throw reaches the page's error reporting, as a throwing event listener's would.
    await expect.poll(() => reported.length).toBe(result.calls.download + result.calls.upload);
    expect(reported.every((message) => message == 'thrown by a progress listener')).toBe(true);
  });
});
