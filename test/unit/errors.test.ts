import { describe, expect, it } from 'vitest';
import { AxiosError } from '../../src/core/AxiosError';
import { REDACTED } from '../../src/helpers/redactURL';
import { CanceledError } from '../../src/cancel/CanceledError';
import { isCancel } from '../../src/cancel/isCancel';
import { isAxiosError } from '../../src/helpers/isAxiosError';
import { settle } from '../../src/core/settle';
import refSettle from 'axios-reference/unsafe/core/settle.js';
import { plume, ref, run, LIBS } from './helpers';

const RefError: any = ref.AxiosError;
const PlumeError: any = AxiosError;

/** The observable state of an error: own enumerable keys and the usual fields. */
const shape = (error: any) => ({
  keys: Object.keys(error).sort(),
  message: error.message,
  name: error.name,
  code: error.code,
  status: error.status,
  isAxiosError: error.isAxiosError,
  isError: error instanceof Error,
  hasCause: 'cause' in error,
  causeEnumerable: Object.prototype.propertyIsEnumerable.call(error, 'cause'),
  messageEnumerable: Object.prototype.propertyIsEnumerable.call(error, 'message'),
});

describe('AxiosError constructor', () => {
  const config = { url: '/x', method: 'get' };
  const request = { id: 1 };
  const response = { status: 404, data: 'nf', headers: {}, config, statusText: 'Not Found' };

  it.each([
    ['no arguments', []],
    ['message only', ['boom']],
    ['message and code', ['boom', 'ERR_X']],
    ['everything', ['boom', 'ERR_X', config, request, response]],
    ['empty code', ['boom', '', config]],
    ['response without config', ['boom', undefined, undefined, undefined, response]],
  ])('%s: same shape as axios', (_name, args: any[]) => {
    expect(shape(new PlumeError(...args))).toEqual(shape(new RefError(...args)));
  });

  it('pinned fields', () => {
    const error = new AxiosError('boom', 'ERR_X', config as any, request, response as any);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AxiosError');
    expect(error.message).toBe('boom');
    expect(Object.keys(error)).toContain('message');
    expect(error.code).toBe('ERR_X');
    expect(error.config).toBe(config);
    expect(error.request).toBe(request);
    expect(error.response).toBe(response);
    expect(error.status).toBe(404);
    expect(error.isAxiosError).toBe(true);
    expect(typeof error.stack).toBe('string');
  });

  it('has the same static codes as axios', () => {
    const codes = (E: any) =>
      Object.keys(E)
        .filter((k) => /^E[A-Z_]+$/.test(k))
        .sort()
        .map((k) => [k, E[k]]);
    expect(codes(PlumeError)).toEqual(codes(RefError));
    expect(codes(PlumeError).length).toBe(14);
    for (const [key, value] of codes(PlumeError)) expect(value).toBe(key);
  });
});

describe('AxiosError.from', () => {
  it('wraps an Error: name, code, message, non-enumerable cause, custom props', () => {
    const make = () => Object.assign(new TypeError('bad thing'), { code: 'ECODE', status: 418 });
    for (const E of [PlumeError, RefError]) {
      const original = make();
      const error = E.from(original, null, { url: '/x' }, { r: 1 }, undefined, { extra: 'yes' });
      expect(error).toBeInstanceOf(E);
      expect(error.message).toBe('bad thing');
      expect(error.name).toBe('TypeError');
      expect(error.code).toBe('ECODE');
      expect(error.status).toBe(418);
      expect(error.cause).toBe(original);
      expect(Object.prototype.propertyIsEnumerable.call(error, 'cause')).toBe(false);
      expect(error.extra).toBe('yes');
      expect(error.config).toEqual({ url: '/x' });
    }
  });

  it.each([
    ['an explicit code wins', () => Object.assign(new Error('m'), { code: 'INNER' }), 'OUTER', undefined],
    ['status from the response wins over the error status', () => Object.assign(new Error('m'), { status: 500 }), null, { status: 401 }],
    ['no status anywhere', () => new Error('m'), null, undefined],
    ['AggregateError with an empty message', () => new AggregateError([new Error('one'), new Error('two')], ''), null, undefined],
    ['AggregateError with a message', () => new AggregateError([new Error('one')], 'outer'), null, undefined],
    ['AggregateError with non-Error entries', () => new AggregateError(['plain', { message: 'obj' }], ''), null, undefined],
    ['an AxiosError', () => new RefError('inner', 'ERR_INNER'), null, undefined],
    ['a plain object', () => ({ message: 'obj msg', code: 'OC', name: 'Custom' }), undefined, undefined],
  ])('%s: same as axios', (_name, make: any, code: any, response: any) => {
    expect(shape(PlumeError.from(make(), code, undefined, undefined, response))).toEqual(
      shape(RefError.from(make(), code, undefined, undefined, response))
    );
  });

  // plume never leaves a blank name or message where axios copies the blank over:
  it('a plain object without a name, or an empty name, keeps the AxiosError name (plume; axios sets undefined / "")', () => {
    expect(AxiosError.from({ message: 'm' }).name).toBe('AxiosError');
    expect(RefError.from({ message: 'm' }).name).toBeUndefined();
    expect(AxiosError.from(Object.assign(new Error('m'), { name: '' })).name).toBe('AxiosError');
    expect(RefError.from(Object.assign(new Error('m'), { name: '' })).name).toBe('');
  });

  it('an AggregateError with no entries and no message is named by its name (plume; axios leaves "")', () => {
    expect(AxiosError.from(new AggregateError([], '')).message).toBe('AggregateError');
    expect(RefError.from(new AggregateError([], '')).message).toBe('');
  });

  it('a thrown string becomes the message (plume; axios reads .message of the string: undefined)', () => {
    const error = AxiosError.from('plain string', 'ERR_X');
    expect(error.message).toBe('plain string');
    expect(error.code).toBe('ERR_X');
    expect(error.cause).toBe('plain string');
  });
});

describe('AxiosError#toJSON', () => {
  const config = {
    url: '/x',
    method: 'post',
    headers: { Authorization: 'Bearer secret', 'X-Other': 'ok' },
    auth: { username: 'u', password: 'p4ss' },
    params: { token: 'tok', list: [1, { password: 'deep' }] },
    timeout: 5,
  };

  const withoutStack = (json: any) => {
    const { stack, ...rest } = json;
    return rest;
  };

  it('same output as axios without redact', () => {
    const make = (E: any) => new E('boom', 'ERR_X', { ...config }, undefined, { status: 500 });
    expect(withoutStack(make(PlumeError).toJSON())).toEqual(withoutStack(make(RefError).toJSON()));
  });

  it('pinned output', () => {
    const json: any = new AxiosError('boom', 'ERR_X', config as any, undefined, { status: 500 } as any).toJSON();
    expect(Object.keys(json)).toEqual([
      'message',
      'name',
      'description',
      'number',
      'fileName',
      'lineNumber',
      'columnNumber',
      'stack',
      'config',
      'code',
      'status',
    ]);
    expect(json.message).toBe('boom');
    expect(json.name).toBe('AxiosError');
    expect(json.code).toBe('ERR_X');
    expect(json.status).toBe(500);
    expect(json.config).toEqual(config);
    expect(json.config).not.toBe(config);
    expect(JSON.parse(JSON.stringify(json)).config.headers.Authorization).toBe('Bearer secret');
  });

  it('redact replaces the values of the listed keys, any case, any depth, as in axios', () => {
    const redact = ['authorization', 'PASSWORD', 'token'];
    const make = (E: any, H: any) => new E('boom', 'ERR_X', { ...config, headers: new H(config.headers), redact }).toJSON();
    const actual = withoutStack(make(PlumeError, plume.AxiosHeaders));
    const expected = withoutStack(make(RefError, ref.AxiosHeaders));
    expect(actual).toEqual(expected);
    expect(actual.config.headers).toEqual({ Authorization: REDACTED, 'X-Other': 'ok' });
    expect(actual.config.auth).toEqual({ username: 'u', password: REDACTED });
    expect(actual.config.params).toEqual({ token: REDACTED, list: [1, { password: REDACTED }] });
    expect(REDACTED).toBe('[REDACTED ****]');
    expect(JSON.stringify(actual)).not.toMatch(/secret|p4ss|tok"|deep/);
  });

  it('an empty or non-array redact changes nothing', () => {
    for (const redact of [[], 'authorization', null]) {
      const json: any = new AxiosError('b', 'E', { ...config, redact } as any).toJSON();
      expect(json.config.headers.Authorization).toBe('Bearer secret');
    }
  });

  it('cycles in the config are dropped', () => {
    const cyclic: any = { url: '/x' };
    cyclic.self = cyclic;
    const json: any = new AxiosError('b', 'E', cyclic).toJSON();
    expect(json.config).toEqual({ url: '/x' });
    expect(() => JSON.stringify(json)).not.toThrow();
    const refJson: any = new RefError('b', 'E', cyclic).toJSON();
    expect(json.config).toEqual(refJson.config);
  });

  it('values with their own toJSON, dates, sets and arrays serialize as in axios', () => {
    const cfg = () => ({
      when: new Date(0),
      set: new Set(['a', { b: 1 }]),
      custom: { toJSON: () => 'custom-json' },
      instance: new (class { x = 1; toJSON() { return 'instance-json'; } })(),
      list: [1, undefined, { y: 2 }],
      fn: () => 1,
    });
    const actual = JSON.stringify((new AxiosError('b', 'E', cfg() as any).toJSON() as any).config);
    const expected = JSON.stringify((new RefError('b', 'E', cfg()).toJSON() as any).config);
    expect(actual).toBe(expected);
  });

  it('a shared (non-cyclic) object is serialized at each place, as in axios', () => {
    const shared = { v: 1 };
    const cfg = { a: shared, b: shared };
    expect((new AxiosError('b', 'E', cfg as any).toJSON() as any).config).toEqual((new RefError('b', 'E', cfg).toJSON() as any).config);
  });

  it('credentials in url and baseURL are not serialized (plume; axios keeps them)', () => {
    const json: any = new AxiosError('b', 'E', { url: 'https://user:secret@host.example/x', baseURL: 'http://admin:pw@base.example/' } as any).toJSON();
    expect(JSON.stringify(json)).not.toMatch(/secret|admin:pw/);
    expect(json.config.url).toBe('https://[REDACTED ****]@host.example/x');
    expect(json.config.baseURL).toBe('http://[REDACTED ****]@base.example/');
  });

  it('toJSON does not modify the config', () => {
    const cfg = { url: 'https://user:secret@host.example/x', redact: ['x'], x: 1 };
    new AxiosError('b', 'E', cfg as any).toJSON();
    expect(cfg).toEqual({ url: 'https://user:secret@host.example/x', redact: ['x'], x: 1 });
  });
});

describe('CanceledError, isCancel, isAxiosError', () => {
  it('CanceledError has the same shape as axios', () => {
    for (const args of [[], ['stop'], [null], ['stop', { url: '/x' }, { r: 1 }]]) {
      expect(shape(new (CanceledError as any)(...args))).toEqual(shape(new (ref.CanceledError as any)(...args)));
    }
  });

  it('CanceledError pinned fields', () => {
    const error = new CanceledError();
    expect(error.message).toBe('canceled');
    expect(error.code).toBe('ERR_CANCELED');
    expect(error.name).toBe('CanceledError');
    expect(error.__CANCEL__).toBe(true);
    expect(error).toBeInstanceOf(AxiosError);
    expect(error).toBeInstanceOf(Error);
    expect(plume.Cancel).toBe(plume.CanceledError);
  });

  it('isCancel', () => {
    const values = [new CanceledError(), new (ref.CanceledError as any)(), { __CANCEL__: true }, { __CANCEL__: 1 }, new AxiosError('x', 'ERR_CANCELED'), null, undefined, 0, 'x', {}];
    expect(values.map((v) => isCancel(v))).toEqual(values.map((v) => ref.isCancel(v)));
    expect(values.map((v) => isCancel(v))).toEqual([true, true, true, true, false, false, false, false, false, false]);
  });

  it('isAxiosError', () => {
    const values = [new AxiosError('x'), new RefError('x'), new CanceledError(), { isAxiosError: true }, { isAxiosError: 'true' }, new Error('x'), null, undefined, 'x', true];
    expect(values.map((v) => isAxiosError(v))).toEqual(values.map((v) => ref.isAxiosError(v)));
    expect(values.map((v) => isAxiosError(v))).toEqual([true, true, true, true, false, false, false, false, false, false]);
  });
});

describe('settle', () => {
  const statuses = [0, 100, 200, 201, 204, 299, 300, 304, 399, 400, 401, 404, 499, 500, 502, 599, 600];
  const validators: Array<[string, any]> = [
    ['default', (s: number) => s >= 200 && s < 300],
    ['null', null],
    ['undefined', undefined],
    ['< 500', (s: number) => s < 500],
    ['always false', () => false],
  ];

  const outcome = (fn: any, status: number, validateStatus: any) => {
    let result: any;
    const config = { validateStatus, url: '/x' };
    fn(
      (response: any) => (result = { resolved: response.status }),
      (error: any) => (result = { rejected: [error.name, error.code, error.message, error.status, error.response.status, error.config === config] }),
      { status, config, request: {}, headers: {}, data: null }
    );
    return result;
  };

  it.each(validators)('validateStatus %s gives the same outcome as axios for every status', (_name, validateStatus) => {
    for (const status of statuses) {
      expect([status, outcome(settle, status, validateStatus)]).toEqual([status, outcome(refSettle, status, validateStatus)]);
    }
  });

  it('pinned outcomes', () => {
    const v = (s: number) => s >= 200 && s < 300;
    expect(outcome(settle, 204, v)).toEqual({ resolved: 204 });
    expect(outcome(settle, 404, v)).toEqual({ rejected: ['AxiosError', 'ERR_BAD_REQUEST', 'Request failed with status code 404', 404, 404, true] });
    expect(outcome(settle, 503, v)).toEqual({ rejected: ['AxiosError', 'ERR_BAD_RESPONSE', 'Request failed with status code 503', 503, 503, true] });
    expect(outcome(settle, 302, v)).toEqual({ rejected: ['AxiosError', 'ERR_BAD_RESPONSE', 'Request failed with status code 302', 302, 302, true] });
    expect(outcome(settle, 500, null)).toEqual({ resolved: 500 });
    expect(outcome(settle, 0, v)).toEqual({ resolved: 0 });
  });

  it('through a request: validateStatus from defaults, explicit undefined/null resolve', async () => {
    const settling = (name: string) => (config: any) =>
      new Promise((resolve, reject) =>
        (name === 'plume' ? settle : refSettle)(resolve, reject, { status: 503, statusText: 'x', data: '', headers: {}, config, request: {} } as any)
      );
    for (const name of LIBS) {
      const instance: any = (name === 'plume' ? plume : ref).create({ adapter: settling(name) });
      const error = await instance.get('/x').catch((e: any) => e);
      expect([name, error.code, error.status, error.response.status]).toEqual([name, 'ERR_BAD_RESPONSE', 503, 503]);
      expect((await instance.get('/x', { validateStatus: null })).status).toBe(503);
      expect((await instance.get('/x', { validateStatus: undefined })).status).toBe(503);
      expect((await instance.get('/x', { validateStatus: (s: number) => s === 503 })).status).toBe(503);
      const restored = await instance
        .get('/x', { validateStatus: undefined, transitional: { validateStatusUndefinedResolves: false } })
        .catch((e: any) => e);
      expect(restored.code).toBe('ERR_BAD_RESPONSE');
    }
  });

  it('a rejected request carries config, request and response', async () => {
    const outcome: any = await run('plume', (i) => i.get('/x'), {
      adapter: (config: any) =>
        new Promise((resolve, reject) => settle(resolve, reject, { status: 400, statusText: 'Bad', data: '{"e":1}', headers: {}, config, request: { r: 1 } } as any)),
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.error.request).toEqual({ r: 1 });
    expect(outcome.error.config.url).toBe('/x');
    expect(outcome.error.response.data).toEqual({ e: 1 });
  });
});
