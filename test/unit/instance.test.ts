import { afterEach, describe, expect, it, vi } from 'vitest';
import * as plumeModule from '../../src/index';
import { run, summary, LIBS, lib, plume, ref, describe as describeValue, type Lib } from './helpers';

const env = { FormData: globalThis.FormData, Blob: globalThis.Blob };

/** Run the same call on both libraries; what reached the adapter and the result must be equal. */
async function same(fn: (instance: any) => Promise<any>, createConfig: any = {}, canned?: any) {
  const [p, a] = await Promise.all(LIBS.map((name) => run(name, fn, { env, ...createConfig }, canned)));
  expect(summary(p)).toEqual(summary(a));
  return p as any;
}

describe('calling an instance', () => {
  it('instance(config)', async () => {
    const outcome = await same((i) => i({ url: '/a', method: 'POST', data: { x: 1 }, headers: { 'X-A': '1' } }));
    expect(outcome.calls[0]).toMatchObject({ url: '/a', method: 'post', data: '{"x":1}' });
  });

  it('instance(url, config)', async () => {
    const outcome = await same((i) => i('/b', { method: 'put', data: 'raw' }));
    expect(outcome.calls[0]).toMatchObject({ url: '/b', method: 'put', data: 'raw' });
  });

  it('instance(url, config) leaves the caller’s config as it was, so a frozen one works (axios writes url into it)', async () => {
    // Frozen, as state from Immer or Redux Toolkit is: axios throws a TypeError here.
    const config = Object.freeze({ method: 'put', data: 'raw', headers: Object.freeze({ 'X-A': '1' }) });
    const outcome: any = await run('plume', (i) => i('/b', config));
    expect(outcome.ok).toBe(true);
    expect(outcome.calls[0]).toMatchObject({ url: '/b', method: 'put', data: 'raw', headers: expect.objectContaining({ 'X-A': '1' }) });
    const reference: any = await run('axios', (i) => i('/b', config));
    expect(reference.error).toBeInstanceOf(TypeError);

    const shared = { method: 'get', url: '/ignored' };
    await run('plume', (i) => i('/c', shared));
    expect(shared).toEqual({ method: 'get', url: '/ignored' });
  });

  it('instance(url) defaults to GET', async () => {
    const outcome = await same((i) => i('/c'));
    expect(outcome.calls[0].method).toBe('get');
  });

  it('instance.request(config) and request() without arguments', async () => {
    await same((i) => i.request({ url: '/d' }));
    await same((i) => i.request());
  });

  it('the method defaults from the instance defaults, lower-cased', async () => {
    const outcome = await same((i) => i('/e'), { method: 'PATCH' });
    expect(outcome.calls[0].method).toBe('patch');
  });

  it('default headers reach the adapter', async () => {
    const outcome = await same((i) => i.get('/f'));
    expect(outcome.calls[0].headers).toEqual({ Accept: 'application/json, text/plain, */*' });
  });

  it('the response has data, status, headers, config, request and a numeric duration', async () => {
    for (const name of LIBS) {
      const outcome: any = await run(name, (i) => i.get('/g'), {}, { data: '{"a":1}', status: 201, statusText: 'Created' });
      const response = outcome.response;
      expect(response.data).toEqual({ a: 1 });
      expect(response.status).toBe(201);
      expect(response.statusText).toBe('Created');
      expect(response.config.url).toBe('/g');
      expect(response.request).toEqual({});
      expect(typeof response.duration).toBe('number');
      expect(response.duration).toBeGreaterThanOrEqual(0);
      expect(Number.isInteger(response.duration)).toBe(true);
    }
  });

  it('warns about likely misspellings, as axios does', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const messages: Record<string, any[]> = {};
      for (const name of LIBS) {
        warn.mockClear();
        await run(name, (i) => i.get('/x', { baseUrl: 'http://a', withXsrfToken: true }));
        messages[name] = warn.mock.calls.map((c) => c[0]).sort();
      }
      expect(messages.plume).toEqual(messages.axios);
      expect(messages.plume).toEqual(['baseUrl is likely a misspelling of baseURL', 'withXsrfToken is likely a misspelling of withXSRFToken']);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('method aliases', () => {
  for (const method of ['get', 'delete', 'head', 'options']) {
    it(`${method}(url, config) sends no body unless config.data`, async () => {
      const outcome = await same((i) => i[method]('/x', { params: { a: 1 }, headers: { 'X-M': method } }));
      expect(outcome.calls[0]).toMatchObject({ method, url: '/x', data: undefined });
      const withData = await same((i) => i[method]('/x', { data: { q: 1 } }));
      expect(withData.calls[0].data).toBe('{"q":1}');
    });

    it(`${method}(url) ignores a method in config`, async () => {
      const outcome = await same((i) => i[method]('/x', { method: 'post', url: '/ignored' }));
      expect(outcome.calls[0]).toMatchObject({ method, url: '/x' });
    });
  }

  for (const method of ['post', 'put', 'patch', 'query']) {
    it(`${method}(url, data, config)`, async () => {
      const outcome = await same((i) => i[method]('/x', { a: 1 }, { headers: { 'X-M': method }, data: 'ignored', method: 'get' }));
      expect(outcome.calls[0]).toMatchObject({ method, url: '/x', data: '{"a":1}' });
      expect(outcome.calls[0].headers['X-M']).toBe(method);
    });

    it(`${method}(url) without data`, async () => {
      await same((i) => i[method]('/x'));
    });
  }

  for (const method of ['post', 'put', 'patch']) {
    it(`${method}Form turns an object into multipart FormData`, async () => {
      const outcome = await same((i) => i[method + 'Form']('/x', { a: 1, list: ['x', 'y'], nested: { b: true } }));
      const call = outcome.calls[0];
      expect(call.method).toBe(method);
      expect(call.headers['Content-Type']).toBe('multipart/form-data');
      expect(describeValue(call.data)).toEqual({
        FormData: [['a', '1'], ['list[]', 'x'], ['list[]', 'y'], ['nested[b]', 'true']],
      });
    });

    it(`${method}Form with a FormData, a URLSearchParams and a config`, async () => {
      const form = new FormData();
      form.append('k', 'v');
      const outcome = await same((i) => i[method + 'Form']('/x', form, { headers: { 'X-Extra': '1' } }));
      expect(outcome.calls[0].data).toBe(form);
      expect(outcome.calls[0].headers['X-Extra']).toBe('1');
      await same((i) => i[method + 'Form']('/x', new URLSearchParams('a=1')));
    });

    it(`${method}Form: the alias Content-Type wins over one in the config`, async () => {
      const outcome = await same((i) => i[method + 'Form']('/x', { a: 1 }, { headers: { 'content-type': 'application/json' } }));
      const headers = outcome.calls[0].headers;
      expect(Object.entries(headers).filter(([k]) => k.toLowerCase() === 'content-type')).toEqual([['Content-Type', 'multipart/form-data']]);
      expect(describeValue(outcome.calls[0].data)).toEqual({ FormData: [['a', '1']] });
    });
  }

  it('there is no queryForm', () => {
    expect((plume as any).queryForm).toBeUndefined();
    expect((ref as any).queryForm).toBeUndefined();
  });

  it('aliases are bound: they work detached from the instance', async () => {
    const outcome = await same((i) => {
      const { get } = i;
      return get('/detached');
    });
    expect(outcome.calls[0].url).toBe('/detached');
  });
});

describe('create() and defaults', () => {
  it('create inherits the defaults and deep-copies them', () => {
    for (const name of LIBS) {
      const base = lib(name);
      const instance = base.create({ baseURL: 'http://a.example', headers: { common: { 'X-Inst': '1' } }, timeout: 5 });
      expect(instance.defaults.timeout).toBe(5);
      expect(instance.defaults.xsrfCookieName).toBe('XSRF-TOKEN');
      expect(instance.defaults.headers.common['X-Inst']).toBe('1');
      expect(instance.defaults.headers.common.Accept).toBe('application/json, text/plain, */*');
      expect(instance.defaults.headers).not.toBe(base.defaults.headers);
      expect(instance.defaults.headers.common).not.toBe(base.defaults.headers.common);
      expect(instance.defaults.transformRequest).not.toBe(base.defaults.transformRequest);
      expect(instance.defaults.transformRequest).toEqual(base.defaults.transformRequest);
      instance.defaults.headers.common['X-Mutated'] = 'yes';
      expect(base.defaults.headers.common['X-Mutated']).toBeUndefined();
      expect(base.defaults.headers.common['X-Inst']).toBeUndefined();
    }
  });

  it('the defaults have the same keys and scalar values as axios', () => {
    const scalars = (d: any) =>
      Object.keys(d)
        .filter((k) => !['adapter', 'env', 'transformRequest', 'transformResponse', 'validateStatus', 'headers'].includes(k))
        .sort()
        .map((k) => [k, d[k]]);
    expect(scalars(plume.defaults)).toEqual(scalars(ref.defaults));
    expect(Object.keys(plume.defaults).sort()).toEqual(Object.keys(ref.defaults).sort());
    expect(plume.defaults.headers).toEqual(ref.defaults.headers);
    expect(typeof plume.defaults.validateStatus).toBe('function');
    expect([199, 200, 299, 300].map(plume.defaults.validateStatus as any)).toEqual([false, true, true, false]);
  });

  it('plume default adapters are xhr then fetch (axios in Node also lists http)', () => {
    expect(plume.defaults.adapter).toEqual(['xhr', 'fetch']);
    expect(ref.defaults.adapter).toEqual(['xhr', 'http', 'fetch']);
  });

  it('instance.create() inherits from the instance, including later changes to its defaults', async () => {
    for (const name of LIBS) {
      const parent = lib(name).create({ headers: { common: { 'X-Parent': 'p' } } });
      parent.defaults.timeout = 1234;
      const child = parent.create({ headers: { 'X-Child': 'c' } });
      expect(child.defaults.timeout).toBe(1234);
      const { calls, adapter } = (await import('./helpers')).recorder();
      await child.get('/x', { adapter });
      expect([name, calls[0].headers]).toEqual([
        name,
        { Accept: 'application/json, text/plain, */*', 'X-Parent': 'p', 'X-Child': 'c' },
      ]);
      expect(typeof child.create).toBe('function');
    }
  });

  it('defaults.headers.common and per-method buckets', async () => {
    const result = await same(
      async (i) => {
        i.defaults.headers.common['X-Common'] = 'c';
        i.defaults.headers.post['X-Post'] = 'p';
        i.defaults.headers.get['X-Get'] = 'g';
        await i.post('/x', {});
        return i.get('/y');
      },
      {}
    );
    expect(result.calls[0].headers).toEqual({
      Accept: 'application/json, text/plain, */*',
      'X-Common': 'c',
      'X-Post': 'p',
      'Content-Type': 'application/json',
    });
    expect(result.calls[1].headers).toEqual({ Accept: 'application/json, text/plain, */*', 'X-Common': 'c', 'X-Get': 'g' });
  });

  it('request headers override bucket headers, case-insensitively', async () => {
    const outcome = await same((i) => i.get('/x', { headers: { accept: 'text/html', common: { 'X-C': '1' }, get: { 'X-G': '2' } } }));
    expect(outcome.calls[0].headers).toEqual({ 'X-C': '1', 'X-G': '2', Accept: 'text/html' });
  });

  it('a bucket for another method is dropped', async () => {
    const outcome = await same((i) => i.get('/x', { headers: { post: { 'X-P': '1' }, put: {}, 'X-Keep': 'k' } }));
    expect(outcome.calls[0].headers).toEqual({ Accept: 'application/json, text/plain, */*', 'X-Keep': 'k' });
  });

  it('a bucket spelled in another case (Common, POST, Get) is a bucket, as in axios', async () => {
    const outcome = await same((i) =>
      i.post('/x', {}, { headers: { Common: { 'X-A': '1' }, common: { 'X-B': '2' }, POST: { 'X-P': 'p' }, Get: { 'X-G': 'g' }, 'X-Plain': 'k' } })
    );
    expect(outcome.calls[0].headers).toEqual({
      Accept: 'application/json, text/plain, */*',
      'Content-Type': 'application/json',
      'X-A': '1',
      'X-B': '2',
      'X-P': 'p',
      'X-Plain': 'k',
    });
    // Spelt so on an instance, the buckets were already merged case-insensitively by create().
    const created = await same((i) => i.put('/x', {}), { headers: { COMMON: { 'X-I': 'i' }, Put: { 'X-U': 'u' } } });
    expect(created.calls[0].headers).toMatchObject({ 'X-I': 'i', 'X-U': 'u' });
  });

  it.each(['get', 'post', 'common', 'delete', 'head', 'patch', 'purge', 'link', 'unlink', 'query', 'options', 'put'])(
    'a literal string header named %s is a header, not a bucket',
    async (bucket) => {
      const outcome = await same((i) => i.get('/x', { headers: { [bucket]: 'literal' } }));
      const headers = outcome.calls[0].headers;
      const key = Object.keys(headers).find((k) => k.toLowerCase() === bucket);
      expect(key).toBeDefined();
      expect(headers[key!]).toBe('literal');
    }
  );

  it.each(['post', 'put', 'patch', 'query'])('%s with empty call headers (null, false, "") keeps the instance headers, as in axios', async (method) => {
    for (const empty of [null, false, '']) {
      const outcome = await same((i) => i[method]('/x', { a: 1 }, { headers: empty }), { headers: { Authorization: 'Bearer T' } });
      expect(outcome.calls[0].headers).toEqual({
        Accept: 'application/json, text/plain, */*',
        'Content-Type': 'application/json',
        Authorization: 'Bearer T',
      });
    }
  });

  it.each(['get', 'delete', 'head', 'options', 'request'])('%s with headers: null sends no default headers, as in axios', async (method) => {
    const call = (i: any) => (method == 'request' ? i({ url: '/x', headers: null }) : i[method]('/x', { headers: null }));
    const outcome = await same(call, { headers: { Authorization: 'Bearer T' } });
    expect(outcome.calls[0].headers).toEqual({});
  });

  it.each([
    ['a Headers object', () => new Headers({ Authorization: 'tok' })],
    ['a raw header block', () => 'Authorization: tok'],
    ['an array of pairs', () => [['Authorization', 'tok']]],
  ])('instance headers given as %s are sent instead of the library defaults, as in axios', async (_, make) => {
    const created = await same((i) => i.get('/x'), { headers: make() });
    const assigned = await same((i) => ((i.defaults.headers = make()), i.delete('/x')));
    // axios's post, put, patch and query drop such a block (their merge with {} replaces it); plume sends it.
    const posted = await run('plume', (i) => i.post('/x', { a: 1 }), { headers: make() });
    for (const outcome of [created, assigned, posted as any]) {
      const sent = Object.entries(outcome.calls[0].headers).map(([name, value]) => [name.toLowerCase(), value]);
      expect(sent).toEqual(outcome === posted ? [['authorization', 'tok'], ['content-type', 'application/json']] : [['authorization', 'tok']]);
    }
    // Plain call headers replace such a block, as a merge with a plain object does.
    const replaced = await same((i) => i.get('/x', { headers: { 'X-Call': '1' } }), { headers: make() });
    expect(replaced.calls[0].headers).toEqual({ 'X-Call': '1' });
  });

  it('a header named like a method given as an AxiosHeaders bucket is merged', async () => {
    for (const name of LIBS) {
      const outcome: any = await run(name, (i) => i.get('/x', { headers: { get: new (lib(name).AxiosHeaders)({ 'X-From-Bucket': '1' }) } }));
      expect(outcome.calls[0].headers['X-From-Bucket']).toBe('1');
    }
  });

  it('an AxiosHeaders from another copy of the library is recognised as a bucket, as in axios', async () => {
    // Each library gets the other's AxiosHeaders, which carries the same brand and methods.
    const sentHeaders: Record<string, any> = {};
    for (const name of LIBS) {
      const Other = lib(name === 'plume' ? 'axios' : 'plume').AxiosHeaders;
      const outcome: any = await run(name, (i) => i.get('/x', { headers: { common: new Other({ 'X-Other-Copy': '1' }) } }));
      sentHeaders[name] = outcome.calls[0].headers;
    }
    expect(sentHeaders.axios).toEqual({ 'X-Other-Copy': '1' });
    expect(sentHeaders.plume).toEqual(sentHeaders.axios);
  });

  it('getUri on the default instance and an instance', () => {
    for (const name of LIBS) {
      expect(lib(name).getUri({ url: '/a', params: { b: 1 } })).toBe('/a?b=1');
      expect(lib(name).create({ baseURL: 'http://h.example/api/' }).getUri({ url: '/a' })).toBe('http://h.example/api/a');
    }
  });
});

describe('statics', () => {
  it('the default export has the same keys as axios (except axios internals)', () => {
    const axiosKeys = Object.keys(ref).filter((k) => !['_request', 'constructor'].includes(k)).sort();
    expect(Object.keys(plume).sort()).toEqual(axiosKeys);
  });

  it('instances have the same keys as axios instances (except axios internals)', () => {
    const axiosKeys = Object.keys(ref.create()).filter((k) => !['_request', 'constructor'].includes(k)).sort();
    expect(Object.keys(plume.create()).sort()).toEqual(axiosKeys);
  });

  it('the statics are the expected values', () => {
    expect(plume.default).toBe(plume);
    expect(plume.Cancel).toBe(plume.CanceledError);
    expect(typeof plume.Axios).toBe('function');
    expect(new plume.Axios({}).interceptors.request).toBeDefined();
    expect(typeof new plume.Axios({}).request).toBe('function');
  });

  it('the module named exports match the statics', () => {
    const m: any = plumeModule;
    for (const key of ['Axios', 'AxiosError', 'AxiosHeaders', 'CanceledError', 'CancelToken', 'isCancel', 'mergeConfig', 'getAdapter', 'toFormData', 'formToJSON', 'HttpStatusCode', 'isAxiosError', 'all', 'spread', 'VERSION', 'Cancel']) {
      expect([key, m[key]]).toEqual([key, (plume as any)[key]]);
    }
    expect(m.default).toBe(plume);
    expect(m.create).toBe(plume.create);
  });

  it('HttpStatusCode: every key and value equal to axios', () => {
    const entries = (o: any) => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    expect(entries(plume.HttpStatusCode)).toEqual(entries(ref.HttpStatusCode));
    expect(plume.HttpStatusCode.NotFound).toBe(404);
    expect((plume.HttpStatusCode as any)[404]).toBe('NotFound');
    expect((plume.HttpStatusCode as any)[413]).toBe((ref.HttpStatusCode as any)[413]);
    expect((plume.HttpStatusCode as any)[422]).toBe((ref.HttpStatusCode as any)[422]);
  });

  it('HttpStatusCode is built at its first read, and is an ordinary property from then on', async () => {
    // A fresh copy of the UMD entry: the module entry above has already read it.
    vi.resetModules();
    const fresh: any = (await import('../../src/axios')).default;
    const unread = Object.getOwnPropertyDescriptor(fresh, 'HttpStatusCode')!;
    expect(unread.get, 'left unbuilt at load').toBeTypeOf('function');
    expect(Object.keys(fresh)).toContain('HttpStatusCode');
    const codes = fresh.HttpStatusCode;
    expect(codes).toEqual(plume.HttpStatusCode);
    expect(codes).not.toBe(plume.HttpStatusCode);
    expect(Object.getOwnPropertyDescriptor(fresh, 'HttpStatusCode')).toEqual({ value: codes, writable: true, enumerable: true, configurable: true });
    expect(fresh.HttpStatusCode).toBe(codes);

    // Assigned before any read, it keeps what was assigned, as a data property would.
    vi.resetModules();
    const other: any = (await import('../../src/axios')).default;
    const mine = { Teapot: 418 };
    other.HttpStatusCode = mine;
    expect(other.HttpStatusCode).toBe(mine);
    expect(Object.getOwnPropertyDescriptor(other, 'HttpStatusCode')!.writable).toBe(true);
  });

  it('VERSION', () => {
    expect(plume.VERSION).toBe(ref.VERSION);
    expect(plume.VERSION).toBe('1.21.1');
  });

  it('all and spread', async () => {
    expect(await plume.all([1, Promise.resolve(2)])).toEqual([1, 2]);
    expect(plume.spread((a: number, b: number) => a + b)([3, 4])).toBe(7);
    expect(await ref.all([1, Promise.resolve(2)])).toEqual([1, 2]);
  });
});

describe('getAdapter', () => {
  const errorOf = (fn: () => any) => {
    try {
      fn();
    } catch (error: any) {
      return { name: error.name, code: error.code, message: error.message, isAxiosError: error.isAxiosError };
    }
  };

  it('a function is returned as is', () => {
    const fn = () => Promise.resolve({} as any);
    expect(plume.getAdapter(fn)).toBe(fn);
    expect(plume.getAdapter([fn])).toBe(fn);
    expect(plume.getAdapter([null, false, fn] as any)).toBe(fn);
  });

  it('an unknown adapter name throws as in axios', () => {
    expect(errorOf(() => plume.getAdapter('nope' as any))).toEqual(errorOf(() => ref.getAdapter('nope' as any)));
    expect(errorOf(() => plume.getAdapter('nope' as any))).toEqual({ name: 'AxiosError', code: undefined, message: "Unknown adapter 'nope'", isAxiosError: true });
  });

  it('names that are Object.prototype members are unknown adapters', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(errorOf(() => plume.getAdapter(name as any))).toMatchObject({ message: `Unknown adapter '${name}'` });
    }
  });

  it('xhr is not supported in Node: ERR_NOT_SUPPORT, as in axios', () => {
    expect(errorOf(() => plume.getAdapter('xhr'))).toEqual(errorOf(() => ref.getAdapter('xhr')));
    expect(errorOf(() => plume.getAdapter('XHR' as any))).toEqual({
      name: 'AxiosError',
      code: 'ERR_NOT_SUPPORT',
      message: 'There is no suitable adapter to dispatch the request  - adapter XHR is not supported by the environment',
      isAxiosError: true,
    });
  });

  it('several unsupported adapters are listed', () => {
    expect(errorOf(() => plume.getAdapter(['xhr', null, false] as any))).toEqual(errorOf(() => ref.getAdapter(['xhr', null, false] as any)));
  });

  it('http is not available in the plume build', () => {
    expect(errorOf(() => plume.getAdapter(['xhr', 'http']))).toEqual({
      name: 'AxiosError',
      code: 'ERR_NOT_SUPPORT',
      message:
        'There is no suitable adapter to dispatch the request since :\n- adapter xhr is not supported by the environment\n- adapter http is not available in the build',
      isAxiosError: true,
    });
  });

  it('an empty list', () => {
    expect(errorOf(() => plume.getAdapter([]))).toEqual(errorOf(() => ref.getAdapter([])));
    expect(errorOf(() => plume.getAdapter([]))!.message).toBe('There is no suitable adapter to dispatch the request as no adapter specified');
  });

  it('fetch is available in Node 20', () => {
    const adapter = plume.getAdapter('fetch');
    expect(typeof adapter).toBe('function');
    expect(typeof plume.getAdapter(['xhr', 'fetch'])).toBe('function');
    expect(typeof plume.getAdapter(plume.defaults.adapter)).toBe('function');
  });

  it('a request whose adapter is unsupported rejects with ERR_NOT_SUPPORT', async () => {
    for (const name of LIBS) {
      const error: any = await lib(name).get('/x', { adapter: 'xhr' }).catch((e: any) => e);
      expect([name, error.code]).toEqual([name, 'ERR_NOT_SUPPORT']);
    }
  });
});

describe('option validation', () => {
  const rejection = async (name: Lib, config: any) => {
    const outcome: any = await run(name, (i) => i.get('/x', config));
    return outcome.ok ? { ok: true, calls: outcome.calls.length } : { name: outcome.error.name, code: outcome.error.code, message: outcome.error.message, calls: outcome.calls.length };
  };
  const both = async (config: any) => {
    const [p, a] = [await rejection('plume', config), await rejection('axios', config)];
    expect(p).toEqual(a);
    return p;
  };

  it.each([
    ['a non-boolean transitional option', { transitional: { silentJSONParsing: 'yes' } }],
    ['an unknown transitional option', { transitional: { noSuchOption: true } }],
    ['a transitional option that is undefined', { transitional: { forcedJSONParsing: undefined } }],
    ['valid transitional options', { transitional: { clarifyTimeoutError: true, encodeBasicAuthUsername: true } }],
    ['transitional null', { transitional: null }],
    ['a paramsSerializer with a non-function encode', { paramsSerializer: { encode: 'x' } }],
    ['a paramsSerializer with a non-function serialize', { paramsSerializer: { serialize: 1 } }],
    ['a paramsSerializer with unknown options', { paramsSerializer: { indexes: true, dots: false, custom: 1 } }],
    ['a paramsSerializer function', { paramsSerializer: () => 'a=1', params: { b: 2 } }],
    ['a paramsSerializer string', { paramsSerializer: 'nope' }],
    ['paramsSerializer null', { paramsSerializer: null }],
  ])('%s: same as axios', async (_name, config) => {
    await both(config);
  });

  it('pinned messages', async () => {
    expect(await rejection('plume', { transitional: { silentJSONParsing: 'yes' } })).toEqual({
      name: 'AxiosError',
      code: 'ERR_BAD_OPTION_VALUE',
      message: 'option silentJSONParsing must be a boolean',
      calls: 0,
    });
    expect(await rejection('plume', { transitional: { noSuchOption: true } })).toEqual({
      name: 'AxiosError',
      code: 'ERR_BAD_OPTION',
      message: 'Unknown option noSuchOption',
      calls: 0,
    });
    expect(await rejection('plume', { paramsSerializer: { encode: 'x' } })).toEqual({
      name: 'AxiosError',
      code: 'ERR_BAD_OPTION_VALUE',
      message: 'option encode must be a function',
      calls: 0,
    });
  });

  it('with several unknown transitional options, the same one is reported as in axios (the last)', async () => {
    const result = await both({ transitional: { firstUnknown: true, secondUnknown: true } });
    expect(result.message).toBe('Unknown option secondUnknown');
  });

  it('with several bad paramsSerializer options, the same one is reported as in axios (the last)', async () => {
    const result = await both({ paramsSerializer: { encode: 1, serialize: 2 } });
    expect(result.message).toBe('option serialize must be a function');
  });

  it('a paramsSerializer function is wrapped as { serialize }', async () => {
    const serialize = () => 'z=1';
    for (const name of LIBS) {
      const outcome: any = await run(name, (i) => i.get('/x', { paramsSerializer: serialize }));
      expect(outcome.calls[0].config.paramsSerializer).toEqual({ serialize });
    }
  });

  it('allowAbsoluteUrls defaults to true on the config the adapter gets', async () => {
    for (const name of LIBS) {
      const outcome: any = await run(name, (i) => i.get('/x'));
      expect(outcome.calls[0].config.allowAbsoluteUrls).toBe(true);
      const off: any = await run(name, (i) => i.get('/x'), { allowAbsoluteUrls: false });
      expect(off.calls[0].config.allowAbsoluteUrls).toBe(false);
    }
  });
});

describe('config the adapter receives', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has the same keys as in axios', async () => {
    const keys: Record<string, string[]> = {};
    for (const name of LIBS) {
      const outcome: any = await run(name, (i) => i.post('/x', { a: 1 }, { params: { p: 1 }, timeout: 10 }));
      keys[name] = Object.keys(outcome.calls[0].config).sort();
    }
    expect(keys.plume).toEqual(keys.axios);
  });

  it('headers is an AxiosHeaders of the same library', async () => {
    for (const name of LIBS) {
      const outcome: any = await run(name, (i) => i.get('/x'));
      expect(outcome.calls[0].config.headers).toBeInstanceOf(lib(name).AxiosHeaders);
    }
  });

  it('the caller config object is not modified by a request', async () => {
    const results: Record<string, any> = {};
    for (const name of LIBS) {
      const config = { url: '/x', headers: { 'X-A': '1' }, params: { a: 1 } };
      await run(name, (i) => i.request(config));
      results[name] = config;
    }
    expect(results.plume).toEqual(results.axios);
    expect(results.plume).toEqual({ url: '/x', headers: { 'X-A': '1' }, params: { a: 1 } });
  });
});
