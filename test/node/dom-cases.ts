// The cases for DOM emulations that app test suites use in place of a
// browser (jsdom, happy-dom): their XMLHttpRequest makes real requests, here
// to the echo server, and plume has to work with it as it does in a browser.
// Each emulation has its own test file, whose first line picks the vitest
// environment, and calls this.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../server/index.mjs';

type Server = Awaited<ReturnType<typeof startServer>>;

/** Registers the cases; `setURL` makes the emulated page's origin the echo server's, so requests are same-origin. */
export function describeInDom(name: string, setURL: (url: string) => void) {
  let server: Server;
  let axios: any;

  beforeAll(async () => {
    server = await startServer({ port: 0, crossPort: 0 });
    setURL(server.url + '/');
    axios = (await import('../../dist/esm/axios.js')).default;
  });
  afterAll(() => server.close());

  describe(`plume in ${name}`, () => {
    test('uses the XMLHttpRequest adapter', async () => {
      const response = await axios.get('/api/echo', { params: { q: 1 } });
      expect(response.data).toMatchObject({ method: 'GET', url: '/api/echo?q=1' });
      expect(response.request).toBeInstanceOf(XMLHttpRequest);
    });

    test('a FormData body goes as multipart, with the boundary', async () => {
      const form = new FormData();
      form.append('name', 'Ada');
      form.append('tags[]', 'a');
      const response = await axios.post('/api/echo', form);
      expect(response.data.contentType).toMatch(/^multipart\/form-data; boundary=/);
      expect(response.data.body).toEqual({ name: 'Ada', 'tags[]': 'a' });
    });

    test('postForm with a FormData, and a FormData as JSON when asked', async () => {
      const form = new FormData();
      form.append('a[b]', '1');
      const posted = await axios.postForm('/api/echo', form);
      expect(posted.data.contentType).toMatch(/^multipart\/form-data; boundary=/);
      expect(posted.data.body).toEqual({ 'a[b]': '1' });
      const asJSON = await axios.post('/api/echo', form, { headers: { 'Content-Type': 'application/json' } });
      expect(asJSON.data.body).toEqual({ a: { b: '1' } });
    });

    test('formToJSON reads a FormData', () => {
      const form = new FormData();
      form.append('user[name]', 'Ada');
      form.append('user[langs][]', 'en');
      expect(axios.formToJSON(form)).toEqual({ user: { name: 'Ada', langs: ['en'] } });
    });

    test('an AbortSignal cancels, and an arraybuffer response arrives whole', async () => {
      const controller = new AbortController();
      const pending = axios.get('/api/never', { signal: controller.signal });
      controller.abort();
      const error = await pending.catch((reason: any) => reason);
      expect(axios.isCancel(error)).toBe(true);
      expect(error.code).toBe('ERR_CANCELED');
      const bytes = await axios.get('/api/bytes/1024', { responseType: 'arraybuffer' });
      expect(bytes.data.byteLength).toBe(1024);
    });

    // happy-dom prints "socket hang up" when the timed-out request is aborted: its own log, not a failure.
    // Its XMLHttpRequest has no timeout: plume keeps the time itself there.
    test('a timeout ends the request, with ECONNABORTED', async () => {
      const started = Date.now();
      const error = await axios.get('/api/never', { timeout: 200 }).then(
        () => expect.unreachable('the request should have timed out'),
        (reason: any) => reason
      );
      expect(error.code).toBe('ECONNABORTED');
      expect(error.message).toBe('timeout of 200ms exceeded');
      expect(Date.now() - started).toBeLessThan(2000);
    });
  });
}
