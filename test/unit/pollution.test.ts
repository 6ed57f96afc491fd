// Requests through plume must behave exactly the same whether or not
// Object.prototype has been polluted (by a vulnerable dependency, a JSON merge
// gone wrong, ...). Each scenario runs plume's real fetch adapter against a
// recording fake fetch, first clean, then with one or all keys polluted.
import { afterEach, describe, expect, it } from 'vitest';
import plume from '../../src/axios';
import { AxiosHeaders } from '../../src/core/AxiosHeaders';
import { mergeConfig } from '../../src/core/mergeConfig';
import { buildURL } from '../../src/helpers/buildURL';
import { toFormData } from '../../src/helpers/toFormData';
import { formToJSON } from '../../src/helpers/formDataToJSON';
import { AxiosError } from '../../src/core/AxiosError';

const proto: any = Object.prototype;
// Original descriptors (undefined: the key did not exist) of the polluted keys.
const polluted = new Map<PropertyKey, PropertyDescriptor | undefined>();

function pollute(entries: Array<[PropertyKey, any]>) {
  for (const [key, value] of entries) {
    if (!polluted.has(key)) polluted.set(key, Object.getOwnPropertyDescriptor(proto, key));
    // Null-prototype descriptors: a polluted `get` must not affect the harness itself.
    Object.defineProperty(proto, key, { __proto__: null, value, writable: true, configurable: true, enumerable: false } as PropertyDescriptor);
  }
}

function cleanUp() {
  for (const [key, original] of polluted) {
    if (original) Object.defineProperty(proto, key, Object.assign(Object.create(null), original));
    else delete proto[key];
  }
  polluted.clear();
}

afterEach(cleanUp);

/** Run fn with the keys polluted, always cleaning up before returning. */
async function withPollution<T>(entries: Array<[PropertyKey, any]>, fn: () => Promise<T>): Promise<T> {
  pollute(entries);
  try {
    return await fn();
  } finally {
    cleanUp();
  }
}

interface Sent {
  url: string;
  method: string;
  headers: Array<[string, string]>;
  credentials: string;
  body: any;
}

const evilCalls: string[] = [];
const evil = (what: string) => () => {
  evilCalls.push(what);
  return 'evil';
};
const evilAdapter = (config: any) => {
  evilCalls.push('adapter');
  return Promise.resolve({ data: 'evil', status: 200, statusText: 'OK', headers: {}, config, request: {} });
};
const evilFetch = async () => {
  evilCalls.push('fetch');
  return new Response('"evil"');
};

function makeFetch(sent: Sent[]) {
  return async (input: any, init?: any) => {
    const request: Request = input instanceof Request ? input : new Request(input, init);
    const type = request.headers.get('content-type') || '';
    const body =
      request.method === 'GET' || request.method === 'HEAD'
        ? null
        : type.startsWith('multipart/form-data')
          ? [...(await request.formData()).entries()]
          : await request.text();
    sent.push({
      url: request.url,
      method: request.method,
      headers: [...request.headers].map(([k, v]) => [k, k === 'content-type' ? v.replace(/boundary=.*/, 'boundary=*') : v] as [string, string]).sort(),
      credentials: request.credentials,
      body,
    });
    const status = new URL(request.url).pathname.endsWith('/fail') ? 500 : 200;
    // Header pairs as arrays: a plain object would be read as an iterable under a polluted Symbol.iterator.
    const headers = new Headers([
      ['content-type', 'application/json'],
      ['x-server', 's'],
    ]);
    return new Response(JSON.stringify({ status, n: [1, 2] }), { status, headers });
  };
}

const describeResult = (result: any) =>
  result.ok
    ? { ok: true, status: result.value.status, data: result.value.data, server: result.value.headers.get('x-server'), method: result.value.config.method }
    : { ok: false, name: result.error.name, code: result.error.code, message: result.error.message, status: result.error.status };

type Scenario = (api: { withBase: any; noBase: any }) => Promise<any>;

const scenarios: Array<[string, Scenario]> = [
  ['GET with baseURL and params', ({ withBase }) => withBase.get('/items', { params: { a: 1, list: ['x', 'y'] } })],
  ['GET an absolute URL with a query', ({ noBase }) => noBase.get('http://other.example/x?y=1')],
  ['request() without a method', ({ withBase }) => withBase.request({ url: 'r' })],
  ['POST JSON', ({ withBase }) => withBase.post('/items', { x: [1, 2], nested: { y: true } })],
  ['POST a string', ({ withBase }) => withBase.post('/text', 'plain body')],
  [
    'POST urlencoded',
    ({ withBase }) =>
      withBase.post('/form', { a: { b: 1 }, arr: [1, 2], 'm{}': { k: 1 } }, { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }),
  ],
  ['postForm', ({ withBase }) => withBase.postForm('/upload', { f: 'v', list: ['a', 'b'], nested: { k: 'n' } })],
  ['PUT URLSearchParams', ({ withBase }) => withBase.put('/usp', new URLSearchParams('a=1&b=2'))],
  ['a 500 response rejects', ({ withBase }) => withBase.get('/fail')],
  ['auth from the request', ({ noBase }) => noBase.get('http://auth.example/', { auth: { username: 'me', password: 'pw' } })],
  ['headers from the request', ({ noBase }) => noBase.delete('http://h.example/', { headers: { 'X-Mine': 'm', common: { 'X-Bucket': 'b' } } })],
];

async function runScenario(scenario: Scenario) {
  const sent: Sent[] = [];
  const fetch = makeFetch(sent);
  const withBase = plume.create({ baseURL: 'http://api.example/v1/', adapter: 'fetch', env: { fetch } as any });
  const noBase = plume.create({ adapter: 'fetch', env: { fetch } as any });
  let result: any;
  try {
    result = { ok: true, value: await scenario({ withBase, noBase }) };
  } catch (error) {
    result = { ok: false, error };
  }
  return { sent, result: describeResult(result) };
}

const evilToken = { reason: 'evil', throwIfRequested: evil('throwIfRequested'), subscribe: evil('subscribe'), unsubscribe: evil('unsubscribe') };
const abortedSignal = AbortSignal.abort('evil');

const keys: Array<[string, any]> = [
  ['baseURL', 'http://evil.example/'],
  ['url', '/evil'],
  ['method', 'delete'],
  ['auth', { username: 'evil', password: 'evil' }],
  ['username', 'evil'],
  ['password', 'evil'],
  ['headers', { 'X-Evil': '1', common: { 'X-Evil-Common': '1' }, get: { 'X-Evil-Get': '1' }, post: { 'X-Evil-Post': '1' } }],
  // Header buckets. ('get' and 'set' are left out: an inherited `get` turns every
  // property descriptor literal into an accessor, which breaks Node's own
  // Request and streams before plume is involved.)
  ['common', { 'X-Evil-Common': '1' }],
  ['post', { 'X-Evil-Post': '1' }],
  ['delete', { 'X-Evil-Delete': '1' }],
  ['put', { 'X-Evil-Put': '1' }],
  ['X-Evil', '1'],
  ['Content-Type', 'evil/type'],
  ['Authorization', 'Bearer evil'],
  ['validateStatus', () => true],
  ['transformRequest', [() => 'evil']],
  ['transformResponse', [() => 'evil']],
  ['adapter', evilAdapter],
  ['env', { fetch: evilFetch, FormData: class {} }],
  ['fetch', evilFetch],
  ['Request', class {}],
  ['Response', class {}],
  ['params', { evil: '1' }],
  ['paramsSerializer', { serialize: () => 'evil=1' }],
  ['serialize', () => 'evil=1'],
  ['encode', () => 'evil'],
  ['indexes', true],
  ['dots', true],
  ['metaTokens', false],
  ['visitor', evil('visitor')],
  ['maxDepth', 0],
  ['formSerializer', { indexes: true, dots: true }],
  ['withXSRFToken', true],
  ['xsrfCookieName', 'evil'],
  ['xsrfHeaderName', 'X-Evil-Xsrf'],
  ['withCredentials', true],
  ['timeout', 1],
  ['timeoutErrorMessage', 'evil'],
  ['responseType', 'arraybuffer'],
  ['responseEncoding', 'latin1'],
  ['transitional', { silentJSONParsing: false, forcedJSONParsing: false, legacyInterceptorReqResOrdering: false }],
  ['forcedJSONParsing', false],
  ['silentJSONParsing', false],
  ['validateStatusUndefinedResolves', false],
  ['allowAbsoluteUrls', false],
  ['data', 'evil'],
  ['signal', abortedSignal],
  ['cancelToken', evilToken],
  ['fetchOptions', { method: 'PUT', cache: 'no-store', credentials: 'include', headers: { 'X-Evil': '1' } }],
  ['maxContentLength', 1],
  ['maxBodyLength', 1],
  ['parseReviver', () => 'evil'],
  ['onUploadProgress', evil('onUploadProgress')],
  ['onDownloadProgress', evil('onDownloadProgress')],
  ['decompress', false],
  ['beforeRedirect', evil('beforeRedirect')],
  ['redact', ['authorization']],
  ['runWhen', () => false],
  ['synchronous', true],
  ['fulfilled', evil('fulfilled')],
  ['rejected', evil('rejected')],
  ['hasOwnProperty', () => true],
];

let baselines: Map<string, any> | undefined;
async function baseline(name: string, scenario: Scenario) {
  baselines ??= new Map();
  if (!baselines.has(name)) baselines.set(name, await runScenario(scenario));
  return baselines.get(name);
}

describe('requests are unaffected by a polluted Object.prototype', () => {
  it('the scenarios work as expected when clean', async () => {
    const get = await baseline(scenarios[0][0], scenarios[0][1]);
    expect(get.sent).toEqual([
      {
        url: 'http://api.example/v1/items?a=1&list%5B%5D=x&list%5B%5D=y',
        method: 'GET',
        headers: [['accept', 'application/json, text/plain, */*']],
        credentials: 'same-origin',
        body: null,
      },
    ]);
    expect(get.result).toEqual({ ok: true, status: 200, data: { status: 200, n: [1, 2] }, server: 's', method: 'get' });
    const post = await baseline(scenarios[3][0], scenarios[3][1]);
    expect(post.sent[0].body).toBe('{"x":[1,2],"nested":{"y":true}}');
    expect(post.sent[0].headers).toContainEqual(['content-type', 'application/json']);
    const form = await baseline(scenarios[6][0], scenarios[6][1]);
    expect(form.sent[0].body).toEqual([['f', 'v'], ['list[]', 'a'], ['list[]', 'b'], ['nested[k]', 'n']]);
    const fail = await baseline(scenarios[8][0], scenarios[8][1]);
    expect(fail.result).toMatchObject({ ok: false, code: 'ERR_BAD_RESPONSE', status: 500 });
    const auth = await baseline(scenarios[9][0], scenarios[9][1]);
    expect(auth.sent[0].headers).toContainEqual(['authorization', 'Basic ' + btoa('me:pw')]);
  });

  // Each key alone on the scenarios most likely to read it (all of them run with everything polluted below).
  const perKey = scenarios.filter(([name]) => !['GET an absolute URL with a query', 'POST a string', 'PUT URLSearchParams'].includes(name));

  describe.each(keys)('Object.prototype.%s', (key, value) => {
    it.each(perKey)('%s', async (name, scenario) => {
      const clean = await baseline(name, scenario);
      evilCalls.length = 0;
      const dirty = await withPollution([[key, value]], () => runScenario(scenario));
      expect(dirty).toEqual(clean);
      expect(evilCalls).toEqual([]);
    });
  });

  it.each(scenarios)('everything polluted at once: %s', async (name, scenario) => {
    const clean = await baseline(name, scenario);
    evilCalls.length = 0;
    const dirty = await withPollution(keys as any, () => runScenario(scenario));
    expect(dirty).toEqual(clean);
    expect(evilCalls).toEqual([]);
  });

  it('a polluted Symbol.iterator does not turn config objects into header lists', async () => {
    const clean = await baseline(scenarios[10][0], scenarios[10][1]);
    const dirty = await withPollution(
      [
        [
          Symbol.iterator,
          function* () {
            yield ['X-Evil', '1'];
          },
        ],
      ],
      () => runScenario(scenarios[10][1])
    );
    expect(dirty).toEqual(clean);
  });

  it('getUri ignores polluted options', async () => {
    const clean = plume.getUri({ url: '/a', params: { b: 1 } });
    const dirty = await withPollution(
      [
        ['baseURL', 'http://evil.example/'],
        ['params', { evil: 1 }],
        ['paramsSerializer', () => 'evil=1'],
        ['serialize', () => 'evil=1'],
        ['allowAbsoluteUrls', false],
        ['url', '/evil'],
      ],
      async () => [plume.getUri({ url: '/a', params: { b: 1 } }), plume.getUri()]
    );
    expect(dirty).toEqual([clean, undefined]);
    expect(clean).toBe('/a?b=1');
  });
});

describe('pure modules under pollution', () => {
  it('mergeConfig, AxiosHeaders, buildURL, toFormData and formToJSON', async () => {
    const compute = () => {
      const merged: any = mergeConfig({ headers: { A: '1' } }, { params: { p: 1 } });
      const headers = new AxiosHeaders({ 'X-A': '1' });
      const form = new FormData();
      form.append('a[b]', '1');
      return {
        merged: [Object.keys(merged), merged.baseURL, Object.keys(merged.headers), Object.keys(merged.params)],
        headers: [Object.keys(headers), headers.get('common'), { ...headers.toJSON() }],
        url: buildURL('/x', { a: [1, 2], n: { m: 1 } }),
        form: [...toFormData({ a: [1, 2], n: { m: 1 } }, new FormData()).entries()],
        json: formToJSON(form),
      };
    };
    const clean = compute();
    const dirty = await withPollution(keys as any, async () => compute());
    expect(dirty).toEqual(clean);
    expect(clean.url).toBe('/x?a%5B%5D=1&a%5B%5D=2&n%5Bm%5D=1');
  });

  it('the harness really pollutes: plain objects inherit every key while it runs', async () => {
    const seen = await withPollution(keys as any, async () => keys.map(([key]) => ({} as any)[key]));
    expect(seen).toEqual(keys.map(([, value]) => value));
  });

  it('a polluted descriptor `get`/`set` does not break errors, configs or headers', async () => {
    const compute = () => {
      const error = new AxiosError('m', 'E');
      const merged: any = mergeConfig({ a: 1 }, { b: 2 });
      const headers = new AxiosHeaders({ 'X-A': '1' });
      return [
        error.message,
        Object.keys(error).includes('message'),
        typeof merged.hasOwnProperty,
        merged.hasOwnProperty('a'),
        headers.get('x-a'),
        { ...headers.toJSON() },
        AxiosError.from(new Error('inner')).cause instanceof Error,
      ];
    };
    const clean = compute();
    const dirty = await withPollution(
      [
        ['get', function () { return 'evil'; }],
        ['set', function () {}],
      ],
      async () => compute()
    );
    expect(dirty).toEqual(clean);
    expect(clean).toEqual(['m', true, 'function', true, '1', { 'X-A': '1' }, true]);
  });

  it('the pollution is removed after each test', () => {
    for (const [key] of keys) expect(Object.prototype.hasOwnProperty.call(proto, key)).toBe(key === 'hasOwnProperty');
    expect(({} as any).baseURL).toBeUndefined();
    expect(({ a: 1 } as any).hasOwnProperty('a')).toBe(true);
    expect(({ a: 1 } as any).hasOwnProperty('b')).toBe(false);
  });
});
