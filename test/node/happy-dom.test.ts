// @vitest-environment happy-dom
// happy-dom stands in for a browser in many apps' test suites, as jsdom does.
// Its XMLHttpRequest makes real requests, here to the echo server, but it
// differs from a browser's in ways plume has to allow for: its FormData has
// no Symbol.toStringTag, and its XMLHttpRequest has no timeout.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../server/index.mjs';

type Server = Awaited<ReturnType<typeof startServer>>;
let server: Server;
let axios: any;

beforeAll(async () => {
  server = await startServer({ port: 0, crossPort: 0 });
  // The page's own origin is the echo server's, so requests are same-origin.
  (globalThis as any).happyDOM.setURL(server.url + '/');
  axios = (await import('../../dist/esm/axios.js')).default;
});
afterAll(() => server.close());

describe('plume in happy-dom', () => {
  test('uses the XMLHttpRequest adapter', async () => {
    expect(Object.prototype.toString.call(new FormData())).toBe('[object Object]');
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

  // happy-dom prints "socket hang up" when the timed-out request is aborted: its own log, not a failure.
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
