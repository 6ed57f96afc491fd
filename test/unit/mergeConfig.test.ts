import { afterEach, describe, expect, it } from 'vitest';
import { mergeConfig } from '../../src/core/mergeConfig';
import { AxiosHeaders } from '../../src/core/AxiosHeaders';
import { AxiosError } from '../../src/core/AxiosError';
import { ref, attempt } from './helpers';

const refMerge: any = ref.mergeConfig;
const plumeMerge: any = mergeConfig;

/** A deep, plain copy keeping undefined values and function identity, for exact comparison. */
function snapshot(value: any): any {
  if (Array.isArray(value)) return { array: value.map(snapshot) };
  if (value && typeof value == 'object' && ['Object', 'AxiosHeaders'].includes(Object.prototype.toString.call(value).slice(8, -1))) {
    return Reflect.ownKeys(value)
      .filter((key) => Object.prototype.propertyIsEnumerable.call(value, key))
      .map((key) => [key, snapshot(value[key])]);
  }
  return value;
}

/** Merge the same inputs with both libraries; the results must be identical, key order and undefineds included. */
function same(make: () => [any, any]) {
  const expected = attempt(() => snapshot(refMerge(...make())));
  const actual = attempt(() => snapshot(plumeMerge(...make())));
  expect(actual).toEqual(expected);
  return plumeMerge(...make());
}

const fn1 = () => 1;
const fn2 = () => 2;

describe('mergeConfig: per-call options', () => {
  it('url, method and data come only from the second config', () => {
    const merged = same(() => [{ url: '/a', method: 'post', data: { x: 1 } }, {}]);
    expect(Object.keys(merged)).toEqual([]);
  });

  it('url, method and data from the second config win', () => {
    const merged = same(() => [{ url: '/a', method: 'post', data: 'a' }, { url: '/b', method: 'put', data: 'b' }]);
    expect([merged.url, merged.method, merged.data]).toEqual(['/b', 'put', 'b']);
  });

  it('an explicit undefined url in the second config leaves no url', () => {
    const merged = same(() => [{ url: '/a' }, { url: undefined }]);
    expect('url' in merged).toBe(false);
  });

  it('data is passed by reference (plume; axios deep-copies plain-object data)', () => {
    // Intended difference: plume does not copy request bodies, which can be large.
    const data = { nested: { a: 1 }, list: [1, 2] };
    const merged: any = plumeMerge({}, { data });
    expect(merged.data).toBe(data);
    expect(refMerge({}, { data }).data).not.toBe(data);
    expect(refMerge({}, { data }).data).toEqual(data);
  });
});

describe('mergeConfig: defaults from the first config', () => {
  it.each([
    ['baseURL', 'http://a.example', 'http://b.example'],
    ['timeout', 1000, 0],
    ['timeoutErrorMessage', 'x', 'y'],
    ['withCredentials', true, false],
    ['withXSRFToken', true, false],
    ['responseType', 'json', 'text'],
    ['xsrfCookieName', 'A', 'B'],
    ['xsrfHeaderName', 'A', 'B'],
    ['maxContentLength', 10, -1],
    ['maxBodyLength', 10, -1],
    ['adapter', fn1, fn2],
    ['onUploadProgress', fn1, fn2],
    ['onDownloadProgress', fn1, fn2],
    ['cancelToken', { a: 1 }, { b: 2 }],
    ['decompress', true, false],
    ['allowAbsoluteUrls', false, true],
    ['signal', new AbortController().signal, new AbortController().signal],
    ['redact', ['a'], ['b']],
  ])('%s: taken from the first, overridden by the second, including falsy values', (key, a, b) => {
    const fromFirst = same(() => [{ [key]: a }, {}]);
    const fromSecond = same(() => [{ [key]: a }, { [key]: b }]);
    const undefinedSecond = same(() => [{ [key]: a }, { [key]: undefined }]);
    expect(snapshot(fromFirst[key])).toEqual(snapshot(a));
    expect(snapshot(fromSecond[key])).toEqual(snapshot(b));
    expect(snapshot(undefinedSecond[key])).toEqual(snapshot(a));
  });

  it('null in the second config overrides', () => {
    const merged = same(() => [{ baseURL: 'x', timeout: 5, adapter: fn1 }, { baseURL: null, timeout: null, adapter: null }]);
    expect([merged.baseURL, merged.timeout, merged.adapter]).toEqual([null, null, null]);
  });

  it('arrays are copied, never shared', () => {
    const transformRequest = [fn1, fn2];
    const merged = same(() => [{ transformRequest }, {}]);
    expect(merged.transformRequest).toEqual(transformRequest);
    expect(merged.transformRequest).not.toBe(transformRequest);
    const replaced = same(() => [{ transformResponse: [fn1] }, { transformResponse: [fn2] }]);
    expect(replaced.transformResponse).toEqual([fn2]);
  });

  it('a function replaces an array and vice versa', () => {
    same(() => [{ transformRequest: [fn1] }, { transformRequest: fn2 }]);
    same(() => [{ transformRequest: fn1 }, { transformRequest: [fn2] }]);
  });

  it('plain objects from the first config are deep-copied', () => {
    const env = { FormData: fn1, nested: { x: 1 } };
    const merged = same(() => [{ env }, {}]);
    expect(merged.env).toEqual(env);
    expect(merged.env).not.toBe(env);
    expect(merged.env.nested).not.toBe(env.nested);
  });

  it('functions and class instances are shared', () => {
    const signal = new AbortController().signal;
    const merged: any = plumeMerge({ adapter: fn1, signal }, {});
    expect(merged.adapter).toBe(fn1);
    expect(merged.signal).toBe(signal);
  });
});

describe('mergeConfig: validateStatus', () => {
  const v1 = (s: number) => s < 300;
  const v2 = (s: number) => s < 500;

  it('taken from the first, overridden by the second', () => {
    expect(same(() => [{ validateStatus: v1 }, {}]).validateStatus).toBe(v1);
    expect(same(() => [{ validateStatus: v1 }, { validateStatus: v2 }]).validateStatus).toBe(v2);
  });

  it('an explicit undefined in the second config is kept (every status resolves)', () => {
    const merged = same(() => [{ validateStatus: v1 }, { validateStatus: undefined }]);
    expect('validateStatus' in merged).toBe(true);
    expect(merged.validateStatus).toBeUndefined();
  });

  it('an explicit null in the second config is kept', () => {
    expect(same(() => [{ validateStatus: v1 }, { validateStatus: null }]).validateStatus).toBe(null);
  });

  it('validateStatusUndefinedResolves: false restores the first config validateStatus', () => {
    const t = { validateStatusUndefinedResolves: false };
    expect(same(() => [{ validateStatus: v1 }, { validateStatus: undefined, transitional: t }]).validateStatus).toBe(v1);
    expect(same(() => [{ validateStatus: v1, transitional: t }, { validateStatus: undefined }]).validateStatus).toBe(v1);
    const none = same(() => [{ transitional: t }, { validateStatus: undefined }]);
    expect('validateStatus' in none).toBe(false);
  });

  it('validateStatusUndefinedResolves in the second config wins over the first', () => {
    const merged = same(() => [
      { validateStatus: v1, transitional: { validateStatusUndefinedResolves: false } },
      { validateStatus: undefined, transitional: { validateStatusUndefinedResolves: true } },
    ]);
    expect(merged.validateStatus).toBeUndefined();
  });

  it('a non-object transitional in the second config hides the first one', () => {
    same(() => [
      { validateStatus: v1, transitional: { validateStatusUndefinedResolves: false } },
      { validateStatus: undefined, transitional: null },
    ]);
  });
});

describe('mergeConfig: headers', () => {
  it('merges case-insensitively at the top level, keeping the first spelling', () => {
    const merged = same(() => [
      { headers: { 'Content-Type': 'a', 'X-Keep': '1', common: { Accept: 'x' } } },
      { headers: { 'content-type': 'b', 'x-new': '2', common: { accept: 'y' } } },
    ]);
    expect(merged.headers).toEqual({ 'Content-Type': 'b', 'X-Keep': '1', common: { Accept: 'x', accept: 'y' }, 'x-new': '2' });
  });

  it('AxiosHeaders on either side are merged as their own entries', () => {
    const expected = snapshot(refMerge({ headers: new ref.AxiosHeaders({ 'X-A': '1', Accept: 'a' }) }, { headers: { accept: 'b' } }));
    const actual = snapshot(plumeMerge({ headers: new AxiosHeaders({ 'X-A': '1', Accept: 'a' }) }, { headers: { accept: 'b' } }));
    expect(actual).toEqual(expected);
    const merged: any = plumeMerge(
      { headers: new AxiosHeaders({ 'X-A': '1', Accept: 'a' }) },
      { headers: new AxiosHeaders({ accept: 'b', 'X-B': undefined }) }
    );
    expect(merged.headers).toEqual({ 'X-A': '1', Accept: 'b', 'X-B': undefined });
    expect(merged.headers).not.toBeInstanceOf(AxiosHeaders);
  });

  it('an undefined header value in the second config overrides', () => {
    const merged = same(() => [{ headers: { 'Content-Type': 'a' } }, { headers: { 'content-type': undefined } }]);
    expect(Object.entries(merged.headers)).toEqual([['Content-Type', undefined]]);
  });

  it('headers only in the first config are deep-copied', () => {
    const headers = { common: { Accept: 'a' }, get: {} };
    const merged = same(() => [{ headers }, {}]);
    expect(merged.headers).not.toBe(headers);
    expect(merged.headers.common).not.toBe(headers.common);
  });

  it('a string header block in the second config replaces', () => {
    same(() => [{ headers: { A: '1' } }, { headers: 'B: 2' }]);
  });
});

describe('mergeConfig: params', () => {
  it('deep-merges plain objects', () => {
    const merged = same(() => [
      { params: { a: 1, n: { x: 1, keep: true }, arr: [1, 2] } },
      { params: { b: 2, n: { y: 2 }, arr: [3] } },
    ]);
    expect(merged.params).toEqual({ a: 1, n: { x: 1, keep: true, y: 2 }, arr: [3], b: 2 });
  });

  it('copies params from the first config', () => {
    const params = { a: { b: [1] } };
    const merged = same(() => [{ params }, {}]);
    expect(merged.params).toEqual(params);
    expect(merged.params).not.toBe(params);
    expect(merged.params.a.b).not.toBe(params.a.b);
  });

  it('non-plain params from the second config replace and are shared', () => {
    const usp = new URLSearchParams('a=1');
    const merged = same(() => [{ params: { b: 2 } }, { params: usp }]);
    expect(merged.params).toBe(usp);
  });

  it('a shared (non-cyclic) object appearing twice is fine', () => {
    const shared = { v: 1 };
    const merged = same(() => [{}, { params: { a: shared, b: shared, c: [shared] } }]);
    expect(merged.params).toEqual({ a: { v: 1 }, b: { v: 1 }, c: [{ v: 1 }] });
  });

  it('cyclic params throw an AxiosError ERR_BAD_OPTION_VALUE', () => {
    const params: any = { a: 1 };
    params.self = params;
    const expected = attempt(() => refMerge({}, { params }));
    expect(expected).toMatchObject({ threw: { code: 'ERR_BAD_OPTION_VALUE' } });
    let error: any;
    try {
      plumeMerge({}, { params });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AxiosError);
    expect(error.code).toBe('ERR_BAD_OPTION_VALUE');
    expect(error.message).toMatch(/circular/i);
  });

  it('cyclic params in the first config throw too', () => {
    const params: any = { n: {} };
    params.n.back = params;
    expect(attempt(() => plumeMerge({ params }, {}))).toMatchObject({ threw: { code: 'ERR_BAD_OPTION_VALUE' } });
    expect(attempt(() => refMerge({ params }, {}))).toMatchObject({ threw: { code: 'ERR_BAD_OPTION_VALUE' } });
  });
});

describe('mergeConfig: deep-merged and replaced options', () => {
  it('paramsSerializer is replaced, not merged', () => {
    const merged = same(() => [{ paramsSerializer: { encode: fn1, indexes: true } }, { paramsSerializer: { serialize: fn2 } }]);
    expect(merged.paramsSerializer).toEqual({ serialize: fn2 });
  });

  it('paramsSerializer as a function replaces an object', () => {
    expect(same(() => [{ paramsSerializer: { encode: fn1 } }, { paramsSerializer: fn2 }]).paramsSerializer).toBe(fn2);
  });

  it.each(['transitional', 'auth', 'env', 'formSerializer', 'fetchOptions', 'unknownOption'])('%s is deep-merged', (key) => {
    const merged = same(() => [{ [key]: { a: 1, n: { x: 1 } } }, { [key]: { b: 2, n: { y: 2 } } }]);
    expect(merged[key]).toEqual({ a: 1, n: { x: 1, y: 2 }, b: 2 });
  });

  it('transitional options merge with the defaults', () => {
    const merged = same(() => [
      { transitional: { silentJSONParsing: true, forcedJSONParsing: true } },
      { transitional: { silentJSONParsing: false } },
    ]);
    expect(merged.transitional).toEqual({ silentJSONParsing: false, forcedJSONParsing: true });
  });

  it('unknown keys: scalars replace, objects merge, arrays are copied', () => {
    same(() => [
      { custom: 1, obj: { a: 1 }, arr: [1], only1: 'x' },
      { custom: 2, obj: { b: 2 }, arr: [2, 3], only2: 'y' },
    ]);
  });

  it('an object replaces a scalar and a scalar replaces an object', () => {
    same(() => [{ a: 1, b: { x: 1 } }, { a: { y: 2 }, b: 'str' }]);
  });

  it('symbol keys are merged', () => {
    const s1 = Symbol('one');
    const s2 = Symbol('two');
    const merged = same(() => [{ [s1]: 'a', [s2]: { x: 1 } }, { [s2]: { y: 2 } }]);
    expect(merged[s1]).toBe('a');
    expect(merged[s2]).toEqual({ x: 1, y: 2 });
  });

  it('non-enumerable keys are ignored', () => {
    const config = {};
    Object.defineProperty(config, 'hidden', { value: 1, enumerable: false });
    expect('hidden' in plumeMerge(config, {})).toBe(false);
    same(() => [config, {}]);
  });
});

describe('mergeConfig: safety', () => {
  afterEach(() => {
    for (const key of ['polluted', 'baseURL', 'headers', 'params', 'x']) delete (Object.prototype as any)[key];
  });

  it('returns a null-prototype object with a non-enumerable hasOwnProperty', () => {
    const merged: any = plumeMerge({ a: 1 }, { b: 2 });
    expect(Object.getPrototypeOf(merged)).toBe(null);
    expect(merged.hasOwnProperty('a')).toBe(true);
    expect(merged.hasOwnProperty('toString')).toBe(false);
    expect(Object.keys(merged)).toEqual(['a', 'b']);
  });

  it('accepts nullish configs', () => {
    expect(Object.keys(plumeMerge(undefined, undefined))).toEqual([]);
    expect(plumeMerge(null, { url: '/a' }).url).toBe('/a');
    expect(plumeMerge({ baseURL: 'b' }, null).baseURL).toBe('b');
  });

  it('__proto__, constructor and prototype keys from JSON.parse are ignored, at any depth', () => {
    const make = (): [any, any] => [
      JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}, "prototype": 3}'),
      JSON.parse(
        '{"headers": {"__proto__": {"polluted": 4}, "X-A": "1"}, "params": {"__proto__": {"polluted": 5}, "a": 1}, "custom": {"__proto__": {"polluted": 6}}}'
      ),
    ];
    const merged = same(make);
    expect(Object.keys(merged)).toEqual(['headers', 'params', 'custom']);
    expect(merged.polluted).toBeUndefined();
    expect(Object.getPrototypeOf(merged.headers)).toBe(Object.prototype);
    expect(merged.headers.polluted).toBeUndefined();
    expect(merged.params.polluted).toBeUndefined();
    expect(merged.custom.polluted).toBeUndefined();
    expect(({} as any).polluted).toBeUndefined();
  });

  it('inherited values from a polluted Object.prototype never become options', () => {
    const proto: any = Object.prototype;
    proto.baseURL = 'http://evil.example';
    proto.headers = { 'X-Evil': '1' };
    proto.params = { evil: 1 };
    const merged: any = plumeMerge({ headers: { A: '1' } }, { params: { b: 2 } });
    expect(merged.baseURL).toBeUndefined();
    expect(Object.keys(merged)).toEqual(['headers', 'params']);
    expect(Object.keys(merged.headers)).toEqual(['A']);
    expect(Object.keys(merged.params)).toEqual(['b']);
    const empty: any = plumeMerge({}, {});
    expect(empty.headers).toBeUndefined();
    expect(empty.params).toBeUndefined();
  });

  it('a cycle outside params throws an AxiosError rather than overflowing the stack', () => {
    // axios recurses until RangeError here; plume reports the bad option.
    const custom: any = { a: {} };
    custom.a.back = custom;
    const result = attempt(() => plumeMerge({}, { custom }));
    expect(result).toMatchObject({ threw: { name: 'AxiosError', code: 'ERR_BAD_OPTION_VALUE' } });
  });
});
