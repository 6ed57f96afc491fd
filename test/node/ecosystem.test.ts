// Packages built on axios, given a plume instance in axios's place: what
// their users' code and test suites do with them has to keep working. They
// reach axios only through the public API (create, defaults.adapter,
// interceptors, calling the instance with a config), which is what this
// checks. Runs in Node, so real requests go through the fetch adapter to the
// echo server.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import MockAdapter from 'axios-mock-adapter';
import axiosRetry from 'axios-retry';
import { setupCache } from 'axios-cache-interceptor';
import createAuthRefreshInterceptor from 'axios-auth-refresh';
import applyCaseMiddleware from 'axios-case-converter';
import { startServer } from '../../server/index.mjs';

type Server = Awaited<ReturnType<typeof startServer>>;
let server: Server;
let plume: any;

beforeAll(async () => {
  server = await startServer({ port: 0, crossPort: 0 });
  plume = (await import('../../dist/esm/axios.js')).default;
});
afterAll(() => server.close());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the request should have failed'),
    (error) => error
  );

describe('axios-mock-adapter', () => {
  test('answers in place of the adapter, after the request interceptors ran', async () => {
    const api = plume.create({ baseURL: 'http://api.test' });
    api.interceptors.request.use((config: any) => (config.headers.set('X-Token', 't1'), config));
    const mock = new MockAdapter(api);
    mock.onGet('/users', { params: { page: 2 } }).reply(200, [{ id: 1 }], { 'X-Total': '1' });
    mock.onPost('/users', { name: 'Ada' }).reply((config) => [201, { created: JSON.parse(config.data) }]);

    const list = await api.get('/users', { params: { page: 2 } });
    expect(list.status).toBe(200);
    expect(list.data).toEqual([{ id: 1 }]);
    expect(list.headers.get('x-total')).toBe('1');
    const created = await api.post('/users', { name: 'Ada' });
    expect(created.data).toEqual({ created: { name: 'Ada' } });

    expect(mock.history.get).toHaveLength(1);
    expect(mock.history.get[0].headers!['X-Token']).toBe('t1');
    expect(mock.history.post[0].data).toBe('{"name":"Ada"}');
  });

  test('its failures are AxiosErrors with axios codes, and validateStatus decides', async () => {
    const api = plume.create();
    const mock = new MockAdapter(api);
    mock.onGet('/down').networkError().onGet('/slow').timeout().onGet('/missing').reply(404, { error: 'no' });

    const network = await failure(api.get('/down'));
    expect(plume.isAxiosError(network)).toBe(true);
    expect(network.message).toBe('Network Error');
    // It builds its errors with the axios package it imports (migrating.md says so).
    expect(network).not.toBeInstanceOf(plume.AxiosError);
    const timeout = await failure(api.get('/slow', { timeout: 50 }));
    expect(timeout.code).toBe('ECONNABORTED');
    expect(timeout.message).toBe('timeout of 50ms exceeded');
    const missing = await failure(api.get('/missing'));
    expect(missing.response.status).toBe(404);
    expect(missing.response.data).toEqual({ error: 'no' });
    expect((await api.get('/missing', { validateStatus: () => true })).status).toBe(404);
    const unmatched = await failure(api.get('/other'));
    expect(unmatched.response.status).toBe(404);
  });

  test('passes unmatched requests through to plume\'s own adapter, and restore puts it back', async () => {
    const api = plume.create({ baseURL: server.url });
    const adapter = api.defaults.adapter;
    const mock = new MockAdapter(api, { onNoMatch: 'passthrough' });
    mock.onGet('/api/mocked').reply(200, 'mocked');

    expect((await api.get('/api/mocked')).data).toBe('mocked');
    const real = await api.get('/api/echo', { params: { q: 1 } });
    expect(real.data).toMatchObject({ method: 'GET', url: '/api/echo?q=1' });
    mock.restore();
    expect(api.defaults.adapter).toBe(adapter);
  });
});

describe('axios-retry', () => {
  test('retries a 503 as many times as asked, then rejects with the last response', async () => {
    const api = plume.create({ baseURL: server.url });
    const retries: number[] = [];
    axiosRetry(api, { retries: 2, retryDelay: () => 0, onRetry: (count) => retries.push(count) });

    const error = await failure(api.get('/api/status/503'));
    expect(error.response.status).toBe(503);
    expect(retries).toEqual([1, 2]);
    expect(error.config['axios-retry'].retryCount).toBe(2);
  });

  test('a retry that succeeds resolves the first call; POST is not retried unless asked', async () => {
    const api = plume.create({ baseURL: server.url });
    axiosRetry(api, {
      retries: 3,
      retryDelay: () => 0,
      // The retry goes to a route that answers, as a server that recovers would.
      onRetry: (_count, _error, config) => void (config.url = '/api/echo'),
    });
    const recovered = await api.get('/api/status/503', { params: { n: 1 } });
    expect(recovered.status).toBe(200);
    expect(recovered.data).toMatchObject({ method: 'GET', url: '/api/echo?n=1' });

    const posted = await failure(api.post('/api/status/503', { a: 1 }));
    expect(posted.config['axios-retry'].retryCount).toBe(0);
  });

  test('with axios-mock-adapter, as a test suite would: a failure, then the answer', async () => {
    const api = plume.create();
    const mock = new MockAdapter(api);
    mock.onGet('/flaky').replyOnce(503).onGet('/flaky').networkErrorOnce().onGet('/flaky').reply(200, { ok: true });
    axiosRetry(api, { retries: 3, retryDelay: () => 0 });

    const response = await api.get('/flaky');
    expect(response.data).toEqual({ ok: true });
    expect(mock.history.get).toHaveLength(3);
  });
});

describe('axios-cache-interceptor', () => {
  test('answers a repeated GET from the cache as the response headers allow, and nothing else', async () => {
    const api = setupCache(plume.create({ baseURL: server.url }));
    // The echo server says no-store on every reply, unless /api/headers is asked for another Cache-Control.
    const cacheable = { params: { 'Cache-Control': 'max-age=60' } };
    const first = await api.get('/api/headers', cacheable);
    const second = await api.get('/api/headers', cacheable);
    expect([first.cached, second.cached]).toEqual([false, true]);
    expect(second.id).toBe(first.id);
    expect(second.data).toEqual({ headers: { 'Cache-Control': 'max-age=60' } });
    expect(second.headers['cache-control']).toBe('max-age=60');

    const echoes = [await api.get('/api/echo'), await api.get('/api/echo')];
    expect(echoes.map((response) => response.cached)).toEqual([false, false]);
    const fresh = await api.get('/api/headers', { ...cacheable, cache: false });
    expect(fresh.cached).toBe(false);
    const posted = await api.post('/api/headers?Cache-Control=max-age%3D60', { a: 1 });
    expect(posted.cached).toBe(false);
  });

  test('with the headers ignored, it caches by URL and params; errors are AxiosErrors and are not cached', async () => {
    const fetchAdapter = plume.getAdapter('fetch');
    const sent: string[] = [];
    const api = setupCache(
      plume.create({ baseURL: server.url, adapter: (config: any) => (sent.push(config.url), fetchAdapter(config)) }),
      { interpretHeader: false }
    );
    const responses = [];
    for (const q of [1, 1, 2]) responses.push(await api.get('/api/echo', { params: { q } }));
    expect(responses.map((response) => [response.cached, response.data.url])).toEqual([
      [false, '/api/echo?q=1'],
      [true, '/api/echo?q=1'],
      [false, '/api/echo?q=2'],
    ]);
    for (let i = 0; i < 2; i++) {
      const error = await failure(api.get('/api/status/500'));
      expect([error.isAxiosError, error.code, error.response.status]).toEqual([true, 'ERR_BAD_RESPONSE', 500]);
    }
    expect(sent).toEqual(['/api/echo', '/api/echo', '/api/status/500', '/api/status/500']);
  });
});

describe('axios-auth-refresh', () => {
  test('a 401 runs the refresh once, then the request is sent again with the new token', async () => {
    let token = 'stale';
    const sent: string[] = [];
    const fetchAdapter = plume.getAdapter('fetch');
    // Only the fresh token gets through; a stale one is refused with a 401, as an API with expired tokens would.
    const api = plume.create({
      baseURL: server.url,
      adapter: (config: any) => {
        const authorization = config.headers.get('Authorization');
        sent.push(authorization);
        if (authorization == 'Bearer fresh') return fetchAdapter(config);
        const response = { status: 401, statusText: 'Unauthorized', headers: {}, data: { error: 'expired' }, config, request: {} };
        return Promise.reject(new plume.AxiosError('Request failed with status code 401', 'ERR_BAD_REQUEST', config, {}, response));
      },
    });
    api.interceptors.request.use((config: any) => (config.headers.set('Authorization', 'Bearer ' + token), config));
    let refreshes = 0;
    createAuthRefreshInterceptor(api, async (failed: any) => {
      refreshes++;
      token = 'fresh';
      failed.response.config.headers.set('Authorization', 'Bearer fresh');
    });

    const response = await api.get('/api/echo', { params: { q: 1 } });
    expect([response.status, response.data.url, response.data.headers.authorization]).toEqual([200, '/api/echo?q=1', 'Bearer fresh']);
    expect(refreshes).toBe(1);
    expect(sent).toEqual(['Bearer stale', 'Bearer fresh']);

    // Other failures pass through untouched.
    const missing = await failure(api.get('/api/status/404'));
    expect([missing.code, missing.response.status, refreshes]).toEqual(['ERR_BAD_REQUEST', 404, 1]);
  });
});

describe('axios-case-converter', () => {
  test('sends params and bodies in snake_case and hands back camelCase, through the transforms and interceptors', async () => {
    const api = applyCaseMiddleware(plume.create({ baseURL: server.url }));
    const { data } = await api.post('/api/echo', { fooBar: 1, nestedThing: { innerKey: [{ deepKey: 2 }] } }, { params: { pageSize: 10 } });
    // What the server saw, camelized on the way back: its raw body and its query string say what went out.
    expect(data.raw).toBe('{"foo_bar":1,"nested_thing":{"inner_key":[{"deep_key":2}]}}');
    expect(data.url).toBe('/api/echo?page_size=10');
    expect(data.body).toEqual({ fooBar: 1, nestedThing: { innerKey: [{ deepKey: 2 }] } });
    expect(data.contentType).toBe('application/json');
  });
});
