// App test suites often replace XMLHttpRequest with a fake: sinon's (nise),
// xhr-mock, mock-xmlhttprequest. Each implements only part of the real
// object, with quirks of its own; code written for axios must see the same
// results with plume. Every case runs on both, on the built bundles, with the
// fake installed, and the outcomes must be equal.
import { afterEach, describe, expect, test } from 'vitest';
import { createRequire } from 'node:module';
import { fakeXhr } from 'nise';
import xhrMock from 'xhr-mock';
import { newServer } from 'mock-xmlhttprequest';

const require = createRequire(import.meta.url);
const realXHR = globalThis.XMLHttpRequest;
// axios decides when it loads whether there is an XMLHttpRequest (plume asks
// at each request): it is loaded here with one in place, as in a browser test
// environment, so that it uses the fakes installed later.
globalThis.XMLHttpRequest = class {} as any;
const libraries: Record<string, any> = {
  plume: require('../../dist/axios.js'),
  axios: require('axios-reference/dist/browser/axios.cjs'),
};
globalThis.XMLHttpRequest = realXHR;
let installed = () => {};
/** Remove the fake installed last, once. */
function uninstall() {
  const remove = installed;
  installed = () => {};
  remove();
  globalThis.XMLHttpRequest = realXHR;
}
afterEach(uninstall);

/** The same requests through one library, as plain data; a request that neither settles nor fails in 2 s is 'pending'. */
async function outcomes(axios: any) {
  const api = axios.create({ baseURL: 'http://api.test', adapter: 'xhr' });
  const within = (promise: Promise<unknown>) =>
    Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve('pending'), 2000))]);
  const outcome = (request: Promise<any>) =>
    within(
      request.then(
        (response) => ({ status: response.status, data: response.data, type: response.headers.get('content-type') ?? null }),
        (error) => ({ code: error.code, status: error.response ? error.response.status : null, isCancel: axios.isCancel(error) })
      )
    );
  let downloads = 0;
  let uploads = 0;
  const controller = new AbortController();
  const aborted = outcome(api.get('/slow', { signal: controller.signal }));
  setTimeout(() => controller.abort(), 20);
  return {
    get: await outcome(api.get('/users', { params: { page: 2 }, headers: { 'X-Token': 't' } })),
    post: await outcome(api.post('/users', { name: 'Ada' })),
    missing: await outcome(api.get('/missing')),
    progress: await outcome(api.post('/users', 'x'.repeat(1000), { onDownloadProgress: () => downloads++, onUploadProgress: () => uploads++ })),
    counted: { downloads: downloads > 0, uploads: uploads > 0 },
    aborted: await aborted,
    arraybuffer: await within(
      api.get('/users', { responseType: 'arraybuffer' }).then(
        (response: any) => Object.prototype.toString.call(response.data),
        (error: any) => error.code
      )
    ),
  };
}

/** Run the cases on both libraries with a fake installed by `install`; they must agree. */
async function compare(install: () => void) {
  const results: Record<string, any> = {};
  for (const [name, axios] of Object.entries(libraries)) {
    install();
    expect(globalThis.XMLHttpRequest).not.toBe(realXHR);
    results[name] = await outcomes(axios);
    uninstall();
  }
  expect(results.plume).toEqual(results.axios);
  return results.plume;
}

const JSON_TYPE = { 'Content-Type': 'application/json' };
// What each fake answers: /users (a page of users, or what was posted), /missing (404), /slow (never).
const answer = (method: string, url: string, body: any) =>
  /\/missing/.test(url)
    ? { status: 404, body: '{"error":"no"}' }
    : method == 'POST' && typeof body == 'string' && body.startsWith('{')
      ? { status: 201, body: JSON.stringify({ created: JSON.parse(body) }) }
      : { status: 200, body: '[{"id":1}]' };

describe('with a fake XMLHttpRequest', () => {
  test('sinon (nise): the same results as axios', async () => {
    const result = await compare(() => {
      const fake = fakeXhr.useFakeXMLHttpRequest();
      // nise replaces the global only where it finds a window.
      globalThis.XMLHttpRequest = fake as any;
      fake.onCreate = (xhr: any) =>
        setTimeout(() => {
          if (/\/slow/.test(xhr.url)) return;
          const { status, body } = answer(xhr.method, xhr.url, xhr.requestBody);
          xhr.respond(status, JSON_TYPE, body);
        }, 5);
      installed = () => fake.restore();
    });
    expect(result.get).toEqual({ status: 200, data: [{ id: 1 }], type: 'application/json' });
    expect(result.post).toEqual({ status: 201, data: { created: { name: 'Ada' } }, type: 'application/json' });
    expect(result.missing).toEqual({ code: 'ERR_BAD_REQUEST', status: 404, isCancel: false });
    expect(result.aborted).toEqual({ code: 'ERR_CANCELED', status: null, isCancel: true });
  });

  test('xhr-mock: the same results as axios', async () => {
    const result = await compare(() => {
      xhrMock.setup();
      xhrMock.use((request: any, response: any) => {
        if (/\/slow/.test(request.url().toString())) return new Promise(() => {});
        const { status, body } = answer(request.method(), request.url().toString(), request.body());
        return response.status(status).header('Content-Type', 'application/json').body(body);
      });
      installed = () => xhrMock.teardown();
    });
    expect(result.get).toEqual({ status: 200, data: [{ id: 1 }], type: 'application/json' });
    expect(result.missing).toEqual({ code: 'ERR_BAD_REQUEST', status: 404, isCancel: false });
    expect(result.aborted).toEqual({ code: 'ERR_CANCELED', status: null, isCancel: true });
    expect(result.counted).toEqual({ downloads: true, uploads: true });
  });

  test('mock-xmlhttprequest: the same results as axios', async () => {
    const result = await compare(() => {
      const server = newServer();
      server.setDefaultHandler((request: any) => {
        if (/\/slow/.test(request.url)) return;
        const { status, body } = answer(request.method, request.url, request.body);
        request.respond(status, JSON_TYPE, body);
      });
      server.install();
      installed = () => server.remove();
    });
    expect(result.get).toEqual({ status: 200, data: [{ id: 1 }], type: 'application/json' });
    expect(result.post).toEqual({ status: 201, data: { created: { name: 'Ada' } }, type: 'application/json' });
    expect(result.aborted).toEqual({ code: 'ERR_CANCELED', status: null, isCancel: true });
    expect(result.counted).toEqual({ downloads: true, uploads: true });
  });
});

test('plume finds a fake installed after it loaded; axios, loaded without one, does not', async () => {
  expect(globalThis.XMLHttpRequest).toBeUndefined();
  // Loaded here for the first time, with no XMLHttpRequest anywhere, as in Node.
  const plume = (await import('../../dist/esm/axios.js')).default;
  const axios = (await import('axios-reference')).default;
  const server = newServer({ get: ['http://api.test/users', { status: 200, headers: JSON_TYPE, body: '[{"id":1}]' }] });
  server.install();
  installed = () => server.remove();
  const response = await plume.get('http://api.test/users', { adapter: 'xhr' });
  expect([response.status, response.data]).toEqual([200, [{ id: 1 }]]);
  const refused = await axios.get('http://api.test/users', { adapter: 'xhr' }).catch((error: any) => error);
  expect(refused.code).toBe('ERR_NOT_SUPPORT');
});
