import { afterEach, describe, expect, it } from 'vitest';
import { formToJSON, formDataToJSON } from '../../src/helpers/formDataToJSON';
import { ref, plume, attempt } from './helpers';

const form = (pairs: Array<[string, any]>) => {
  const data = new FormData();
  for (const [name, value] of pairs) data.append(name, value);
  return data;
};

/** JSON-ish structural snapshot that tells arrays from objects and keeps Files comparable. */
const snap = (value: any): any => {
  if (value instanceof Blob) return { blob: value.size };
  if (Array.isArray(value)) return { array: Object.keys(value).map((k) => [k, snap(value[k])]) };
  if (value && typeof value == 'object') return { object: Object.keys(value).map((k) => [k, snap(value[k])]) };
  return value;
};

function same(pairs: Array<[string, any]>) {
  const expected = attempt(() => snap(ref.formToJSON(form(pairs))));
  const actual = attempt(() => snap(formToJSON(form(pairs))));
  expect(actual).toEqual(expected);
  return formToJSON(form(pairs)) as any;
}

describe('formToJSON against axios', () => {
  const cases: Array<[string, Array<[string, any]>]> = [
    ['flat', [['a', '1'], ['b', '2']]],
    ['repeated names become arrays', [['a', '1'], ['a', '2'], ['a', '3']]],
    ['brackets', [['a[b][c]', '1']]],
    ['dots', [['a.b.c', '1']]],
    ['mixed dots and brackets', [['a.b[c].d', '1']]],
    ['push with []', [['a[b][]', '1'], ['a[b][]', '2']]],
    ['top-level []', [['list[]', 'x'], ['list[]', 'y']]],
    ['indexed', [['x[0]', 'a'], ['x[1]', 'b']]],
    ['indexed out of order', [['x[1]', 'b'], ['x[0]', 'a']]],
    ['sparse index', [['x[1]', 'b']]],
    ['array of objects', [['x[0][n]', 'a'], ['x[1][n]', 'b']]],
    ['index and name mixed', [['x[0]', 'a'], ['x[k]', 'b']]],
    ['scalar then nested', [['a', '1'], ['a[b]', '2']]],
    ['nested then scalar', [['a[b]', '2'], ['a', '1']]],
    ['repeat of a nested key', [['a[b]', '1'], ['a[b]', '2']]],
    ['[] after scalars', [['a', '1'], ['a[]', '2']]],
    ['keys with spaces and dashes', [['user name', '1'], ['user-id', '2'], ['a[b c]', '3']]],
    ['empty name', [['', 'x']]],
    ['numeric top-level keys', [['0', 'a'], ['1', 'b']]],
    ['malformed brackets', [['a[b', '1'], ['a]b[', '2'], ['[[x]]', '3']]],
    ['__proto__ at the top', [['__proto__[polluted]', 'yes'], ['ok', '1']]],
    ['__proto__ nested', [['a[__proto__][polluted]', 'yes'], ['a[b]', '1']]],
    ['__proto__ with dots', [['__proto__.polluted', 'yes']]],
    ['bare __proto__', [['__proto__', 'yes']]],
    ['constructor[prototype]', [['constructor[prototype][y]', 'yes']]],
    ['nested constructor[prototype]', [['a[constructor][prototype][y]', 'yes']]],
    ['prototype key', [['prototype[z]', 'yes']]],
    ['hasOwnProperty as a key', [['hasOwnProperty', 'x'], ['a[hasOwnProperty]', 'y']]],
    ['toString as a key', [['toString[x]', '1']]],
    ['files', [['f', new Blob(['abc'])], ['f', new Blob(['de'])]]],
  ];

  it.each(cases)('%s', (_name, pairs) => {
    same(pairs);
  });
});

describe('formToJSON pinned values', () => {
  afterEach(() => {
    for (const key of ['polluted', 'y', 'z']) delete (Object.prototype as any)[key];
  });

  it('a[b][] pushes into an array', () => {
    expect(formToJSON(form([['a[b][]', '1'], ['a[b][]', '2']]))).toEqual({ a: { b: ['1', '2'] } });
  });

  it('a.b nests', () => {
    expect(formToJSON(form([['a.b', '1']]))).toEqual({ a: { b: '1' } });
  });

  it('x[0], x[1] make an array', () => {
    const json: any = formToJSON(form([['x[0]', 'a'], ['x[1]', 'b']]));
    expect(Array.isArray(json.x)).toBe(true);
    expect(json.x).toEqual(['a', 'b']);
  });

  it('a sparse index makes an object', () => {
    const json: any = formToJSON(form([['x[1]', 'b']]));
    expect(Array.isArray(json.x)).toBe(false);
    expect(json.x).toEqual({ 1: 'b' });
  });

  it('repeated names collect values', () => {
    expect(formToJSON(form([['k', '1'], ['k', '2']]))).toEqual({ k: ['1', '2'] });
  });

  it('__proto__[polluted] never reaches Object.prototype', () => {
    const json: any = formToJSON(form([['__proto__[polluted]', 'yes'], ['a[__proto__][polluted]', 'yes'], ['__proto__.polluted', 'yes']]));
    expect(({} as any).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(json, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
    expect(json.polluted).toBeUndefined();
  });

  it('constructor[prototype][y] is plain data, never Object.prototype', () => {
    const json: any = formToJSON(form([['constructor[prototype][y]', 'yes']]));
    expect(({} as any).y).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(json, 'constructor')).toBe(true);
    expect(json.constructor).toEqual({ prototype: { y: 'yes' } });
    expect(Object.prototype.constructor).toBe(Object);
  });

  it('File values are kept as they are', () => {
    const file = new File(['x'], 'x.txt');
    const json: any = formToJSON(form([['f', file]]));
    expect(json.f).toBeInstanceOf(File);
    expect(json.f.name).toBe('x.txt');
  });

  it('anything that is not a FormData gives null', () => {
    for (const value of [null, undefined, {}, [], 'a=1', new URLSearchParams('a=1'), new Map()]) {
      expect(formDataToJSON(value)).toBe(null);
      expect(ref.formToJSON(value as any)).toBe(null);
    }
  });

  it('is the axios.formToJSON static', () => {
    expect((plume.formToJSON(form([['a[b]', '1']])) as any).a.b).toBe('1');
  });

  it('a name nested deeper than 100 levels throws ERR_FORM_DATA_DEPTH_EXCEEDED, as in axios', () => {
    const deep = 'a' + '[b]'.repeat(101);
    const actual = attempt(() => formToJSON(form([[deep, '1']])));
    const expected = attempt(() => ref.formToJSON(form([[deep, '1']])));
    expect(actual).toEqual(expected);
    expect(actual).toMatchObject({ threw: { name: 'AxiosError', code: 'ERR_FORM_DATA_DEPTH_EXCEEDED' } });
  });

  it('100 nested levels are accepted', () => {
    const ok = 'a' + '[b]'.repeat(99);
    let json: any = formToJSON(form([[ok, '1']]));
    for (let i = 0; i < 100; i++) json = json[i ? 'b' : 'a'];
    expect(json).toBe('1');
  });

  it('a long malformed name is parsed in linear time', () => {
    const name = '['.repeat(50000) + 'x';
    const started = Date.now();
    const json = formToJSON(form([[name, '1']]));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(json).toEqual(ref.formToJSON(form([[name, '1']])));
  });
});
