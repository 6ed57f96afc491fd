// Mock Service Worker (msw/node), as app test suites use it: handlers answer
// requests in place of a server. In Node it catches fetch (plume's fetch
// adapter); in jsdom it catches XMLHttpRequest too (plume's xhr adapter).
// Each environment has its own test file, which calls this.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';

const server = setupServer(
  http.get('http://api.test/users', ({ request }) =>
    HttpResponse.json({ page: new URL(request.url).searchParams.get('page'), auth: request.headers.get('authorization') })
  ),
  http.post('http://api.test/users', async ({ request }) => HttpResponse.json({ created: await request.json() }, { status: 201 })),
  http.post('http://api.test/form', async ({ request }) => {
    const fields: Record<string, string> = {};
    for (const [name, value] of (await request.formData()).entries()) {
      fields[name] = typeof value == 'string' ? value : `file ${value.name} (${value.size} B)`;
    }
    return HttpResponse.json({ type: request.headers.get('content-type')!.split(';')[0], fields });
  }),
  http.get('http://api.test/missing', () => HttpResponse.json({ error: 'no' }, { status: 404 })),
  http.get('http://api.test/slow', async () => {
    await delay(300);
    return HttpResponse.json({ late: true });
  }),
  http.get('http://api.test/down', () => HttpResponse.error())
);

/** Registers the cases for one adapter; `adapterName` is what the response's config must say was used. */
export function mswCases(adapterName: 'fetch' | 'xhr') {
  let axios: any;
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    axios = (await import('../../dist/esm/axios.js')).default;
  });
  afterAll(() => server.close());

  const api = () => axios.create({ baseURL: 'http://api.test', auth: { username: 'u', password: 'p' } });
  const failure = (promise: Promise<unknown>) => promise.then(() => 'resolved', (error: any) => [error.code, error.response ? error.response.status : null]);

  test(`handlers answer plume's requests (${adapterName} adapter)`, async () => {
    const got = await api().get('/users', { params: { page: 2 } });
    expect(got.data).toEqual({ page: '2', auth: 'Basic dTpw' });
    expect(axios.getAdapter(got.config.adapter).adapterName).toBe(adapterName);
    const posted = await api().post('/users', { name: 'Ada' });
    expect([posted.status, posted.data]).toEqual([201, { created: { name: 'Ada' } }]);
    // String fields only: in jsdom, MSW reads a jsdom Blob in a form as 9 other bytes, with axios too.
    const form = await api().postForm('/form', { a: 1, list: [1, 2], nested: { b: 'x y' } });
    expect(form.data).toEqual({ type: 'multipart/form-data', fields: { a: '1', 'list[]': '2', 'nested[b]': 'x y' } });
  });

  test(`errors, timeouts and progress (${adapterName} adapter)`, async () => {
    expect(await failure(api().get('/missing'))).toEqual(['ERR_BAD_REQUEST', 404]);
    // MSW's XMLHttpRequest never fires a timeout for an answer its handler delays:
    // the request resolves late, with axios as with plume. Real ones do (e2e, jsdom.test.ts).
    expect(await failure(api().get('/slow', { timeout: 50 }))).toEqual(adapterName == 'fetch' ? ['ECONNABORTED', null] : 'resolved');
    expect(await failure(api().get('/down'))).toEqual(['ERR_NETWORK', null]);
    let events = 0;
    await api().get('/users', { onDownloadProgress: () => events++ });
    expect(events).toBeGreaterThan(0);
  });
}
