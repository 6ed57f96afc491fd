import { describe, expect, it } from 'vitest';
import { AxiosError } from '../../src/core/AxiosError';
import { defaults } from '../../src/defaults';
import { AxiosHeaders } from '../../src/core/AxiosHeaders';
import { run, summary, LIBS, type Lib, describe as describeValue, ref } from './helpers';

const env = { FormData: globalThis.FormData, Blob: globalThis.Blob };

/** Send the same request with both libraries and compare what the adapter got and what came back. */
async function same(config: any, canned?: any, createConfig: any = {}) {
  const [p, a] = await Promise.all(
    (['plume', 'axios'] as Lib[]).map((name) => run(name, (instance) => instance.request({ ...config }), { env, ...createConfig }, canned))
  );
  expect(summary(p)).toEqual(summary(a));
  return p;
}

const sent = (outcome: any) => outcome.calls[0];

describe('default transformRequest against axios', () => {
  const blob = new Blob(['abc'], { type: 'text/plain' });
  const buffer = new Uint8Array([1, 2, 3, 4]).buffer;
  const cases: Array<[string, any]> = [
    ['object as JSON', { method: 'post', data: { a: 1, b: [true, null], c: { d: 'x' } } }],
    ['array as JSON', { method: 'post', data: [1, 'two'] }],
    ['empty object', { method: 'post', data: {} }],
    ['Date as JSON', { method: 'post', data: new Date(0) }],
    ['object on GET', { method: 'get', data: { a: 1 } }],
    ['object on DELETE', { method: 'delete', data: { a: 1 } }],
    ['object on PUT', { method: 'put', data: { a: 1 } }],
    ['object on PATCH', { method: 'patch', data: { a: 1 } }],
    ['object with an explicit JSON type', { method: 'post', data: { a: 1 }, headers: { 'Content-Type': 'application/json; charset=utf-8' } }],
    ['object with a custom type', { method: 'post', data: { a: 1 }, headers: { 'Content-Type': 'application/vnd.api+json' } }],
    ['object with a text type', { method: 'post', data: { a: 1 }, headers: { 'Content-Type': 'text/plain' } }],
    ['plain string', { method: 'post', data: 'hello' }],
    ['JSON string with JSON type', { method: 'post', data: ' {"a":1} ', headers: { 'Content-Type': 'application/json' } }],
    ['non-JSON string with JSON type', { method: 'post', data: 'not json', headers: { 'Content-Type': 'application/json' } }],
    ['string on GET', { method: 'get', data: 'x' }],
    ['number', { method: 'post', data: 42 }],
    ['boolean', { method: 'post', data: false }],
    ['null', { method: 'post', data: null }],
    ['undefined', { method: 'post' }],
    ['null with JSON type', { method: 'post', data: null, headers: { 'Content-Type': 'application/json' } }],
    ['URLSearchParams', { method: 'post', data: new URLSearchParams('a=1&b=x y') }],
    ['URLSearchParams with a type set', { method: 'post', data: new URLSearchParams('a=1'), headers: { 'Content-Type': 'text/plain' } }],
    ['FormData', { method: 'post', data: (() => { const f = new FormData(); f.append('a', '1'); return f; })() }],
    ['FormData with JSON type', { method: 'post', data: (() => { const f = new FormData(); f.append('a[b]', '1'); f.append('a[c][]', '2'); return f; })(), headers: { 'Content-Type': 'application/json' } }],
    ['Blob', { method: 'post', data: blob }],
    ['File', { method: 'post', data: new File(['x'], 'x.txt') }],
    ['ArrayBuffer', { method: 'post', data: buffer }],
    ['full Uint8Array view', { method: 'post', data: new Uint8Array([5, 6, 7]) }],
    ['ReadableStream', { method: 'post', data: new ReadableStream() }],
    ['object as urlencoded', { method: 'post', data: { a: 1, b: { c: [1, 2] }, d: 'x y' }, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }],
    ['urlencoded with formSerializer', { method: 'post', data: { a: { b: [1, 2] } }, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, formSerializer: { dots: true, indexes: true } }],
    ['urlencoded with metaTokens', { method: 'post', data: { 'm{}': { a: 1 } }, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }],
    ['object as multipart', { method: 'post', data: { a: 1, b: { c: [1, 2] }, f: blob }, headers: { 'Content-Type': 'multipart/form-data' } }],
    ['multipart with formSerializer', { method: 'post', data: { a: [1, 2] }, headers: { 'Content-Type': 'multipart/form-data' }, formSerializer: { indexes: null } }],
    ['string with multipart type', { method: 'post', data: 'raw', headers: { 'Content-Type': 'multipart/form-data' } }],
    ['Content-Type null', { method: 'post', data: { a: 1 }, headers: { 'Content-Type': null } }],
    ['Content-Type false', { method: 'post', data: { a: 1 }, headers: { 'Content-Type': false } }],
    ['lower-case content-type header', { method: 'post', data: { a: 1 }, headers: { 'content-type': 'application/x-www-form-urlencoded' } }],
    ['custom transformRequest replaces the default', { method: 'post', data: { a: 1 }, transformRequest: [(data: any) => 'custom:' + data.a] }],
    ['transformRequest as a single function', { method: 'post', data: { a: 1 }, transformRequest: (data: any, headers: any) => (headers.set('X-T', '1'), JSON.stringify(data)) }],
    ['transformRequest chain', { method: 'post', data: { a: 1 }, transformRequest: [(d: any) => ({ ...d, b: 2 }), ...(defaults.transformRequest as any[])] }],
    ['transformRequest as an object of functions, run in key order', { method: 'post', data: { a: 1 }, transformRequest: { first: (d: any) => ({ ...d, b: 2 }), second: (d: any) => 'sent:' + JSON.stringify(d) } }],
    ['transformResponse as an object of functions', { method: 'get', transformResponse: { only: (d: any) => 'got:' + d } }],
    ['transformRequest sees this = config', { method: 'post', data: 1, transformRequest: [function (this: any) { return [this.method, this.url, typeof this.headers].join(); }], url: '/u' }],
  ];

  it.each(cases)('%s', async (_name, config) => {
    await same(config);
  });
});

describe('default transformRequest pinned values', () => {
  it('objects become JSON with application/json', async () => {
    const outcome = await same({ method: 'post', data: { a: 1 } });
    expect(sent(outcome).data).toBe('{"a":1}');
    expect(sent(outcome).headers['Content-Type']).toBe('application/json');
  });

  it('a plain string is sent as is, typed as a form on POST', async () => {
    const outcome = await same({ method: 'post', data: 'hello' });
    expect(sent(outcome).data).toBe('hello');
    expect(sent(outcome).headers['Content-Type']).toBe('application/x-www-form-urlencoded');
  });

  it('URLSearchParams become a string with the form type', async () => {
    const outcome = await same({ method: 'post', data: new URLSearchParams('a=1&b=2') });
    expect(sent(outcome).data).toBe('a=1&b=2');
    expect(sent(outcome).headers['Content-Type']).toBe('application/x-www-form-urlencoded;charset=utf-8');
  });

  it('urlencoded objects are serialized', async () => {
    const outcome = await same({ method: 'post', data: { a: 1, b: { c: 'x y' } }, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(sent(outcome).data).toBe('a=1&b%5Bc%5D=x+y');
  });

  it('multipart objects become a FormData', async () => {
    const outcome = await same({ method: 'post', data: { a: 1, list: [1, 2] }, headers: { 'Content-Type': 'multipart/form-data' } });
    expect(describeValue(sent(outcome).data)).toEqual({ FormData: [['a', '1'], ['list[]', '1'], ['list[]', '2']] });
  });

  it('the same FormData, Blob and ArrayBuffer are passed through', async () => {
    const form = new FormData();
    const blob = new Blob(['x']);
    const buffer = new ArrayBuffer(3);
    for (const data of [form, blob, buffer]) {
      const outcome = await run('plume', (i) => i.post('/x', data));
      expect(sent(outcome).data).toBe(data);
    }
  });

  it('a typed-array view sends only its viewed bytes (plume; axios sends the whole underlying buffer)', async () => {
    const whole = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]);
    const view = whole.subarray(2, 5);
    const outcome = await run('plume', (i) => i.post('/x', view));
    const data = sent(outcome).data;
    expect(data).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(data)]).toEqual([2, 3, 4]);
    // the reference leaks the other bytes of the shared buffer:
    const reference = await run('axios', (i) => i.post('/x', view));
    expect([...new Uint8Array(sent(reference).data)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('a DataView and a Float64Array view with an offset send only their bytes', async () => {
    const buffer = new Uint8Array([9, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9]).buffer;
    const outcome = await run('plume', (i) => i.post('/x', new DataView(buffer, 2, 8)));
    expect([...new Uint8Array(sent(outcome).data)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const floats = await run('plume', (i) => i.post('/x', new Float64Array(buffer, 0, 1)));
    expect([...new Uint8Array(sent(floats).data)]).toEqual([9, 9, 1, 2, 3, 4, 5, 6]);
  });

  it('cyclic JSON data rejects with an AxiosError (plume; axios overflows the stack copying it: RangeError)', async () => {
    const data: any = { a: 1 };
    data.self = data;
    const outcome: any = await run('plume', (i) => i.post('/x', data));
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toBeInstanceOf(AxiosError);
    expect(outcome.error.code).toBe('ERR_BAD_OPTION_VALUE');
    expect(outcome.error.cause).toBeInstanceOf(TypeError);
    expect(outcome.calls).toEqual([]);
    const reference: any = await run('axios', (i) => i.post('/x', data));
    expect(reference.ok).toBe(false);
    expect(reference.error).toBeInstanceOf(RangeError);
  });

  it('keys named __proto__, constructor and prototype in a JSON body are sent as given (plume; axios drops them while deep-copying data)', async () => {
    const body = '{"__proto__":{"x":1},"constructor":"c","prototype":1,"a":{"constructor":2}}';
    const outcome = await run('plume', (i) => i.post('/x', JSON.parse(body)));
    expect(sent(outcome).data).toBe(body);
    expect(({} as any).x).toBeUndefined();
    const reference = await run('axios', (i) => i.post('/x', JSON.parse(body)));
    expect(sent(reference).data).toBe('{"a":{}}');
  });

  it('BigInt data rejects before reaching the adapter in both', async () => {
    const p: any = await run('plume', (i) => i.post('/x', { n: 1n }));
    const a: any = await run('axios', (i) => i.post('/x', { n: 1n }));
    expect(p.ok).toBe(false);
    expect(a.ok).toBe(false);
    expect(p.calls).toEqual([]);
    expect(a.calls).toEqual([]);
  });

  it('a JSON string error other than SyntaxError propagates', async () => {
    // toJSON throwing is not a parse error
    const data = { toJSON() { throw new RangeError('boom'); } };
    const p: any = await run('plume', (i) => i.post('/x', data));
    expect(p.ok).toBe(false);
    expect(p.error.message).toBe('boom');
  });
});

describe('default transformResponse against axios', () => {
  const cases: Array<[string, any, any]> = [
    ['JSON text', {}, { data: '{"a":1,"b":[1,2]}' }],
    ['JSON with whitespace', {}, { data: '  [1, 2]\n' }],
    ['JSON scalar', {}, { data: '42' }],
    ['JSON string', {}, { data: '"str"' }],
    ['JSON null', {}, { data: 'null' }],
    ['invalid JSON is kept', {}, { data: '{bad json' }],
    ['plain text', {}, { data: 'hello world' }],
    ['empty string', {}, { data: '' }],
    ['non-string data', {}, { data: { already: 'object' } }],
    ['null data', {}, { data: null }],
    ['responseType text keeps text', { responseType: 'text' }, { data: '{"a":1}' }],
    ['responseType json parses', { responseType: 'json' }, { data: '{"a":1}' }],
    ['responseType json with invalid JSON, silent', { responseType: 'json' }, { data: 'nope' }],
    ['responseType json with an empty body', { responseType: 'json', transitional: { silentJSONParsing: false } }, { data: '' }],
    ['responseType json with whitespace only, strict', { responseType: 'json', transitional: { silentJSONParsing: false } }, { data: '  ' }],
    ['responseType JSON in capitals', { responseType: 'JSON' }, { data: '{"a":1}' }],
    ['response headers as a raw string', {}, { data: '1', headers: 'Content-Type: application/json\r\nX-A: 1\r\nSet-Cookie: a=1' }],
    ['responseType blob', { responseType: 'blob' }, { data: '{"a":1}' }],
    ['forcedJSONParsing false', { transitional: { forcedJSONParsing: false } }, { data: '{"a":1}' }],
    ['forcedJSONParsing false with responseType json', { transitional: { forcedJSONParsing: false }, responseType: 'json' }, { data: '{"a":1}' }],
    ['silentJSONParsing false with responseType json and invalid JSON', { transitional: { silentJSONParsing: false }, responseType: 'json' }, { data: '{bad' }],
    ['silentJSONParsing false without responseType', { transitional: { silentJSONParsing: false } }, { data: '{bad' }],
    ['silentJSONParsing false with valid JSON', { transitional: { silentJSONParsing: false }, responseType: 'json' }, { data: '[1]' }],
    ['parseReviver', { parseReviver: (_k: string, v: any) => (typeof v === 'number' ? v * 2 : v) }, { data: '{"a":1,"b":{"c":2}}' }],
    ['custom transformResponse', { transformResponse: [(data: any, headers: any, status: number) => [data, headers.get('x-h'), status]] }, { data: 'raw', headers: { 'x-h': 'v' }, status: 201 }],
    ['transformResponse single function', { transformResponse: (data: any) => data.toUpperCase() }, { data: 'abc' }],
    ['transformResponse sees this = config', { transformResponse: [function (this: any) { return [this.url, this.method]; }], url: '/u' }, { data: 'x' }],
    ['error status with JSON body', {}, { data: '{"error":"nope"}', status: 404 }],
  ];

  it.each(cases)('%s', async (_name, config, canned) => {
    await same(config, canned);
  });

  it('silentJSONParsing false + responseType json: ERR_BAD_RESPONSE carrying the response', async () => {
    const outcome: any = await same({ transitional: { silentJSONParsing: false }, responseType: 'json' }, { data: '{bad', status: 200 });
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toBeInstanceOf(AxiosError);
    expect(outcome.error.code).toBe('ERR_BAD_RESPONSE');
    expect(outcome.error.name).toBe('SyntaxError');
    expect(outcome.error.response.status).toBe(200);
    expect(outcome.error.status).toBe(200);
    expect(outcome.error.cause).toBeInstanceOf(SyntaxError);
    expect(outcome.error.config.responseType).toBe('json');
    expect('response' in outcome.error.config).toBe(false);
  });

  it('parses JSON and applies parseReviver', async () => {
    const outcome: any = await same({ parseReviver: (_k: string, v: any) => (typeof v === 'number' ? v + 1 : v) }, { data: '{"a":1}' });
    expect(outcome.response.data).toEqual({ a: 2 });
  });

  it('response headers become AxiosHeaders', async () => {
    const outcome: any = await run('plume', (i) => i.get('/x'), {}, { headers: { 'Content-Type': 'application/json', 'X-A': '1' } });
    expect(outcome.response.headers).toBeInstanceOf(AxiosHeaders);
    expect(outcome.response.headers.get('x-a')).toBe('1');
  });

  it('the response of a rejected request is transformed too', async () => {
    for (const name of LIBS) {
      const settleIt = (config: any) =>
        Promise.reject(
          new (name === 'plume' ? AxiosError : (ref.AxiosError as any))('failed', 'ERR_BAD_REQUEST', config, {}, {
            data: '{"why":"x"}',
            status: 400,
            headers: { 'x-a': '1' },
            config,
          })
        );
      const instance: any = (name === 'plume' ? (await import('../../src/axios')).default : ref).create({ adapter: settleIt });
      const error: any = await instance.get('/x').catch((e: any) => e);
      expect(error.response.data).toEqual({ why: 'x' });
      expect(error.response.headers.get('x-a')).toBe('1');
      expect(typeof error.response.duration).toBe('number');
    }
  });
});
