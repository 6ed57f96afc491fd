import { test, expect, inPage } from './security-support';

// Size limits in the fetch adapter. maxContentLength must hold for bodies
// without a Content-Length (chunked) and for streamed ones, and stop reading
// once passed, not after the whole body has arrived; maxBodyLength must hold
// for every kind of body, streams included, before anything is sent.

test.describe('security: fetch adapter size limits', { tag: '@fetch-adapter' }, () => {
  test('maxContentLength holds for chunked bodies without Content-Length, for every responseType', async ({ page }) => {
    const result = await inPage(page, async () => {
      const limit = 50_000;
      const rows: Record<string, string> = {};
      const outcome = async (config: any) => {
        const settled = await settle(axios.get(config.url, { adapter: 'fetch', maxContentLength: limit, ...config }));
        if (settled.error) return settled.error.code + ': ' + settled.error.message;
        const data = settled.response!.data;
        return 'resolved ' + (typeof data == 'string' ? data.length : data instanceof ArrayBuffer ? data.byteLength : data instanceof Blob ? data.size : typeof data);
      };
      for (const responseType of [undefined, 'text', 'json', 'arraybuffer', 'blob', 'document']) {
        rows['chunked, ' + responseType] = await outcome({ url: '/api/bytes/2000000', params: { chunked: 1, chunk: 16384, type: 'text/plain' }, responseType });
        rows['declared, ' + responseType] = await outcome({ url: '/api/bytes/2000000', params: { chunk: 16384, type: 'text/plain' }, responseType });
      }
      // At the limit exactly, and one byte over, with and without Content-Length.
      rows['chunked, at the limit'] = await outcome({ url: '/api/bytes/' + limit, params: { chunked: 1, chunk: 1000 }, responseType: 'arraybuffer' });
      rows['chunked, one byte over'] = await outcome({ url: '/api/bytes/' + (limit + 1), params: { chunked: 1, chunk: 1000 }, responseType: 'arraybuffer' });
      rows['declared, at the limit'] = await outcome({ url: '/api/bytes/' + limit, responseType: 'arraybuffer' });
      rows['declared, one byte over'] = await outcome({ url: '/api/bytes/' + (limit + 1), responseType: 'arraybuffer' });
      // With a progress listener the body is read through the same counting path.
      rows['chunked, with onDownloadProgress'] = await outcome({
        url: '/api/bytes/2000000',
        params: { chunked: 1, chunk: 16384 },
        responseType: 'arraybuffer',
        onDownloadProgress: () => {},
      });
      return rows;
    });
    const tooLarge = 'ERR_BAD_RESPONSE: maxContentLength size of 50000 exceeded';
    const expected: Record<string, string> = {};
    for (const responseType of ['undefined', 'text', 'json', 'arraybuffer', 'blob', 'document']) {
      expected['chunked, ' + responseType] = tooLarge;
      expected['declared, ' + responseType] = tooLarge;
    }
    Object.assign(expected, {
      'chunked, at the limit': 'resolved 50000',
      'chunked, one byte over': tooLarge,
      'declared, at the limit': 'resolved 50000',
      'declared, one byte over': tooLarge,
      'chunked, with onDownloadProgress': tooLarge,
    });
    expect(result).toEqual(expected);
  });

  test('maxContentLength stops reading a slow endless body as soon as the limit is passed', async ({ page }) => {
    const result = await inPage(page, async () => {
      // 5 MB in 1 KB chunks, 5 ms apart: 25 s to read whole, a few ms to pass 20 KB.
      const slow = { url: '/api/bytes/5000000', params: { chunked: 1, chunk: 1024, interval: 5 } };
      const rows: any = {};
      for (const responseType of ['text', 'arraybuffer', 'blob']) {
        const started = performance.now();
        const settled = await Promise.race([
          settle(axios.get(slow.url, { adapter: 'fetch', params: slow.params, maxContentLength: 20_000, responseType: responseType as any })),
          new Promise<{ pending: true }>((resolve) => setTimeout(() => resolve({ pending: true }), 5000)),
        ]);
        rows[responseType] = {
          outcome: 'pending' in settled ? 'still pending after 5 s' : settled.error ? settled.error.code : 'resolved',
          fast: performance.now() - started < 2000,
        };
      }
      // responseType 'stream': the stream given to the caller errors once past the limit.
      const response = await axios.get(slow.url, { adapter: 'fetch', params: slow.params, maxContentLength: 20_000, responseType: 'stream' });
      const reader = (response.data as ReadableStream<Uint8Array>).getReader();
      let read = 0;
      let error: any;
      const started = performance.now();
      try {
        for (let chunk; !(chunk = await reader.read()).done; ) {
          read += chunk.value.byteLength;
          if (performance.now() - started > 5000) break;
        }
      } catch (caught) {
        error = caught;
      }
      rows.stream = { code: error && error.code, isAxiosError: axios.isAxiosError(error), readAtMost: read <= 20_000, fast: performance.now() - started < 2000 };
      return rows;
    });
    const stopped = { outcome: 'ERR_BAD_RESPONSE', fast: true };
    expect(result).toEqual({
      text: stopped,
      arraybuffer: stopped,
      blob: stopped,
      stream: { code: 'ERR_BAD_RESPONSE', isAxiosError: true, readAtMost: true, fast: true },
    });
  });

  test('maxBodyLength holds for every body, streams included, and nothing over the limit is sent', async ({ page, sent: sentTo }) => {
    const uploads = sentTo((url) => url.pathname === '/api/upload');
    const result = await inPage(page, async () => {
      const limit = 1000;
      const rows: Record<string, string> = {};
      const send = async (name: string, body: any, headers: any = {}) => {
        const settled = await Promise.race([
          settle(axios.post('/api/upload', body, { adapter: 'fetch', maxBodyLength: limit, params: { case: name }, headers })),
          new Promise<{ pending: true }>((resolve) => setTimeout(() => resolve({ pending: true }), 5000)),
        ]);
        rows[name] =
          'pending' in settled ? 'still pending after 5 s' : settled.error ? settled.error.code : 'sent ' + settled.response!.data.bytes;
      };
      const bytes = (n: number) => new Uint8Array(n).fill(7);
      const form = (size: number) => {
        const data = new FormData();
        data.append('f', 'x'.repeat(size));
        return data;
      };
      let endlessPulls = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          endlessPulls++;
          controller.enqueue(bytes(256));
        },
      });
      const finite = (chunks: number, size: number) =>
        new ReadableStream<Uint8Array>({
          pull(controller) {
            chunks-- > 0 ? controller.enqueue(bytes(size)) : controller.close();
          },
        });
      const octets = { 'Content-Type': 'application/octet-stream' };
      await send('string over', 'x'.repeat(limit + 1));
      await send('string at', 'x'.repeat(limit));
      await send('multi-byte string over (1200 bytes, 600 characters)', 'é'.repeat(600));
      await send('multi-byte string at (1000 bytes)', 'é'.repeat(500));
      await send('Blob over', new Blob([bytes(limit + 1)]), octets);
      await send('ArrayBuffer over', bytes(limit + 1).buffer, octets);
      await send('typed array view over', bytes(5000).subarray(0, limit + 1), octets);
      await send('typed array view at, of a larger buffer', bytes(5000).subarray(100, 100 + limit), octets);
      await send('URLSearchParams over', new URLSearchParams({ a: 'x'.repeat(limit) }));
      await send('FormData over', form(limit));
      await send('object as JSON over', { a: 'x'.repeat(limit) });
      await send('finite stream over', finite(8, 200), octets);
      await send('finite stream at', finite(5, 200), octets);
      await send('endless stream', endless, octets);
      return { rows, endlessPulls };
    });
    expect(result.rows).toEqual({
      'string over': 'ERR_BAD_REQUEST',
      'string at': 'sent 1000',
      'multi-byte string over (1200 bytes, 600 characters)': 'ERR_BAD_REQUEST',
      'multi-byte string at (1000 bytes)': 'sent 1000',
      'Blob over': 'ERR_BAD_REQUEST',
      'ArrayBuffer over': 'ERR_BAD_REQUEST',
      'typed array view over': 'ERR_BAD_REQUEST',
      'typed array view at, of a larger buffer': 'sent 1000',
      'URLSearchParams over': 'ERR_BAD_REQUEST',
      'FormData over': 'ERR_BAD_REQUEST',
      'object as JSON over': 'ERR_BAD_REQUEST',
      'finite stream over': 'ERR_BAD_REQUEST',
      'finite stream at': 'sent 1000',
      'endless stream': 'ERR_BAD_REQUEST',
    });
    // The endless stream was read only to just past the limit.
    expect(result.endlessPulls).toBeLessThan(10);
    // Only the bodies within the limit reached the network.
    expect(uploads.map((url) => new URL(url).searchParams.get('case')).sort()).toEqual(['finite stream at', 'multi-byte string at (1000 bytes)', 'string at', 'typed array view at, of a larger buffer']);
  });
});
