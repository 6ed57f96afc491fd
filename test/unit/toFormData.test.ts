import { describe, expect, it } from 'vitest';
import { toFormData } from '../../src/helpers/toFormData';
import { AxiosError } from '../../src/core/AxiosError';
import { ref, attempt, describe as describeValue } from './helpers';

const refToFormData: any = ref.toFormData;
const date = new Date(Date.UTC(2021, 5, 7, 8, 9, 10, 11));

/** FormData entries with Blob/File values described by size and type. */
const entries = (form: any) => [...form.entries()].map(([name, value]: any) => [name, describeValue(value)]);

/** Serialize into a fresh real FormData with both libraries: the entries must be equal. */
function same(make: () => any, options?: any) {
  const expected = attempt(() => entries(refToFormData(make(), new FormData(), options)));
  const actual = attempt(() => entries(toFormData(make(), new FormData(), options)));
  expect(actual).toEqual(expected);
  return actual;
}

describe('toFormData against axios', () => {
  const cases: Array<[string, () => any, any?]> = [
    ['flat values', () => ({ a: '1', n: 2, z: 0, e: '' })],
    ['booleans', () => ({ t: true, f: false })],
    ['null and undefined are skipped', () => ({ n: null, u: undefined, k: 'v' })],
    ['dates as ISO strings', () => ({ d: date, list: [date] })],
    ['nested objects', () => ({ user: { name: 'a', address: { city: 'b' } } })],
    ['nested with dots', () => ({ user: { name: 'a', address: { city: 'b' } } }), { dots: true }],
    ['flat arrays', () => ({ arr: [1, 2, 3] })],
    ['flat arrays with nullish', () => ({ arr: [1, null, undefined, 2] })],
    ['flat arrays with indexes true', () => ({ arr: [1, 2] }), { indexes: true }],
    ['flat arrays with indexes null', () => ({ arr: [1, 2] }), { indexes: null }],
    ['flat arrays with indexes false', () => ({ arr: [1, 2] }), { indexes: false }],
    ['flat arrays with dots and indexes', () => ({ arr: [1, 2] }), { dots: true, indexes: true }],
    ['[] keys', () => ({ 'arr[]': [1, 2], 'one[]': 'x' })],
    ['[] key on an array-like object', () => ({ 'al[]': { length: 2, 0: 'a', 1: 'b' } })],
    ['[] key with indexes', () => ({ 'arr[]': [1, 2] }), { indexes: true }],
    ['arrays of objects', () => ({ list: [{ a: 1 }, { b: [1, 2] }] })],
    ['arrays of objects with dots', () => ({ list: [{ a: 1 }, { b: 2 }] }), { dots: true }],
    ['nested arrays', () => ({ m: [[1, 2], [3]] })],
    ['deep flat array', () => ({ a: { b: [1, 2] } })],
    ['deep flat array with indexes', () => ({ a: { b: [1, 2] } }), { indexes: true }],
    ['{} meta key', () => ({ 'obj{}': { a: [1, { b: 2 }] } })],
    ['{} meta key without metaTokens', () => ({ 'obj{}': { a: 1 } }), { metaTokens: false }],
    ['{} meta key on an array', () => ({ 'arr{}': [1, 2] })],
    ['{} key with a scalar', () => ({ 'x{}': 'str' })],
    ['keys trimmed', () => ({ ' padded ': 'v', nest: { ' in ': 1 } })],
    ['top-level array', () => [1, 'two', { three: 3 }]],
    ['empty object', () => ({})],
    ['empty nested', () => ({ a: {}, b: [] })],
    ['unicode keys and values', () => ({ 'ü': 'é', '😀': ['x'] })],
    ['class instance is appended as is', () => ({ c: new (class { toString() { return 'C!'; } })() })],
    ['Map is appended as is', () => ({ m: new Map() })],
    ['null-prototype object is visited', () => ({ n: Object.assign(Object.create(null), { a: 1 }) })],
    ['Blob value', () => ({ b: new Blob(['abc'], { type: 'text/plain' }) })],
    ['File value', () => ({ f: new File(['abcd'], 'f.txt', { type: 'text/plain' }) })],
    ['ArrayBuffer value', () => ({ ab: new Uint8Array([1, 2, 3]).buffer })],
    ['typed array value', () => ({ u8: new Uint8Array([1, 2]), f32: new Float32Array([1]) })],
    ['blobs in a flat array', () => ({ files: [new Blob(['a']), new Blob(['bb'])] })],
    ['maxDepth option', () => ({ a: { b: { c: 1 } } }), { maxDepth: 2 }],
    ['maxDepth option exceeded', () => ({ a: { b: { c: { d: 1 } } } }), { maxDepth: 2 }],
  ];

  it.each(cases)('%s', (_name, make, options) => {
    same(make, options);
  });
});

describe('toFormData pinned values', () => {
  it('nested objects and arrays', () => {
    const form = toFormData(
      { user: { name: 'n', tags: ['a', 'b'] }, list: [{ x: 1 }], d: date, t: true, nul: null, u: undefined },
      new FormData()
    );
    expect(entries(form)).toEqual([
      ['user[name]', 'n'],
      // Only top-level flat arrays get the [] form; nested ones are indexed.
      ['user[tags][0]', 'a'],
      ['user[tags][1]', 'b'],
      ['list[0][x]', '1'],
      ['d', '2021-06-07T08:09:10.011Z'],
      ['t', 'true'],
      // null and undefined properties are skipped
    ]);
  });

  it('dots and indexes', () => {
    const form = toFormData({ user: { tags: ['a'] }, top: [1, 2] }, new FormData(), { dots: true, indexes: true });
    expect(entries(form)).toEqual([
      ['user.tags.0', 'a'],
      ['top.0', '1'],
      ['top.1', '2'],
    ]);
  });

  it('{} keys are JSON', () => {
    expect(entries(toFormData({ 'meta{}': { a: [1] } }, new FormData()))).toEqual([['meta{}', '{"a":[1]}']]);
    expect(entries(toFormData({ 'meta{}': { a: 1 } }, new FormData(), { metaTokens: false }))).toEqual([['meta', '{"a":1}']]);
  });

  it('binary values become Blobs in a real FormData', async () => {
    const form = toFormData({ ab: new Uint8Array([1, 2, 3]).buffer, view: new Uint8Array([9, 8]), blob: new Blob(['xy']) }, new FormData());
    const ab = form.get('ab') as Blob;
    const view = form.get('view') as Blob;
    expect(ab).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await ab.arrayBuffer())]).toEqual([1, 2, 3]);
    expect([...new Uint8Array(await view.arrayBuffer())]).toEqual([9, 8]);
    expect(await (form.get('blob') as Blob).text()).toBe('xy');
  });

  it('returns the given target, or a new FormData', () => {
    const target = new FormData();
    expect(toFormData({ a: 1 }, target)).toBe(target);
    const created = toFormData({ a: 1 });
    expect(created).toBeInstanceOf(FormData);
    expect(entries(created)).toEqual([['a', '1']]);
  });

  it('a non-object throws a TypeError', () => {
    for (const value of [null, undefined, 'str', 1]) {
      expect(attempt(() => toFormData(value as any))).toEqual({ threw: { name: 'TypeError', message: 'target must be an object', code: undefined } });
    }
  });

  it('a custom append target receives name/value pairs', () => {
    const pairs: any[] = [];
    toFormData({ a: { b: [1, 2] } }, { append: (name: string, value: any) => pairs.push([name, value]) } as any);
    expect(pairs).toEqual([
      ['a[b][0]', 1],
      ['a[b][1]', 2],
    ]);
  });

  it('a Blob into a non-FormData target is refused (as in axios)', () => {
    const result = attempt(() => toFormData({ b: new Blob(['x']) }, new URLSearchParams() as any));
    const expected = attempt(() => refToFormData({ b: new Blob(['x']) }, new URLSearchParams()));
    expect(result).toEqual(expected);
    expect(result).toEqual({ threw: { name: 'AxiosError', message: 'Blob is not supported. Use a Buffer instead.', code: undefined } });
  });

  it('an ArrayBuffer into a non-FormData target is ERR_NOT_SUPPORT (plume has no Buffer; axios in Node converts it to a Buffer)', () => {
    const result = attempt(() => toFormData({ ab: new ArrayBuffer(2) }, new URLSearchParams() as any));
    expect(result).toEqual({ threw: { name: 'AxiosError', message: 'Blob is not supported. Use a Buffer instead.', code: 'ERR_NOT_SUPPORT' } });
  });

  it('a custom visitor', () => {
    const make = () => ({ a: 1, nested: { b: 2 }, skip: 'x' });
    const options = {
      visitor(this: any, value: any, key: any, path: any, helpers: any) {
        if (key === 'skip') return false;
        if (key === 'a') {
          this.append('A!', String(value * 10));
          return false;
        }
        return helpers.defaultVisitor.call(this, value, key, path, helpers);
      },
    };
    const result = same(make, options);
    expect(result).toEqual({ value: [['A!', '10'], ['nested[b]', '2']] });
  });

  it('the visitor receives the helpers and the path', () => {
    const seen: any[] = [];
    toFormData({ a: { b: [1] } }, new FormData(), {
      visitor(value: any, key: any, path: any, helpers: any) {
        seen.push([key, path, typeof helpers.defaultVisitor, typeof helpers.convertValue, helpers.isVisitable(value)]);
        return helpers.isVisitable(value);
      },
    } as any);
    expect(seen).toEqual([
      ['a', undefined, 'function', 'function', true],
      ['b', ['a'], 'function', 'function', true],
      [0, ['a', 'b'], 'function', 'function', false],
    ]);
  });

  it('a non-function visitor throws a TypeError', () => {
    expect(attempt(() => toFormData({ a: 1 }, new FormData(), { visitor: 'x' } as any))).toEqual({
      threw: { name: 'TypeError', message: 'visitor must be a function', code: undefined },
    });
  });
});

describe('toFormData options from a class instance or a template object (axios reads inherited members below Object.prototype)', () => {
  const options: Array<[string, () => any]> = [
    ['template with dots and indexes', () => Object.create({ dots: true, indexes: true })],
    ['template with metaTokens false', () => Object.create({ metaTokens: false })],
    [
      'class with a visitor method',
      () =>
        new (class {
          visitor(this: any, value: any, key: any) {
            this.append('v:' + key, String(value));
            return false;
          }
        })(),
    ],
  ];

  it.each(options)('%s', (_name, make) => {
    same(() => ({ a: { b: 1 }, list: [1, 2], 'm{}': { x: 1 } }), make());
  });
});

describe('toFormData limits', () => {
  const nest = (depth: number) => {
    let value: any = { leaf: 1 };
    for (let i = 0; i < depth; i++) value = { n: value };
    return value;
  };

  it('100 levels are accepted', () => {
    const form = toFormData(nest(100), new FormData());
    expect([...form.keys()]).toHaveLength(1);
    expect(attempt(() => entries(refToFormData(nest(100), new FormData())))).toEqual(attempt(() => entries(form)));
  });

  it('deeper nesting throws ERR_FORM_DATA_DEPTH_EXCEEDED, as in axios', () => {
    const expected = attempt(() => refToFormData(nest(101), new FormData()));
    const actual = attempt(() => toFormData(nest(101), new FormData()));
    expect(actual).toEqual(expected);
    expect(actual).toEqual({
      threw: { name: 'AxiosError', code: 'ERR_FORM_DATA_DEPTH_EXCEEDED', message: 'Object is too deeply nested (101 levels). Max depth: 100' },
    });
  });

  it('very deep nesting does not overflow the stack', () => {
    const result = attempt(() => toFormData(nest(100000), new FormData()));
    expect(result).toMatchObject({ threw: { code: 'ERR_FORM_DATA_DEPTH_EXCEEDED' } });
  });

  it('maxDepth: Infinity allows deeper objects', () => {
    const form = toFormData(nest(150), new FormData(), { maxDepth: Infinity } as any);
    expect([...form.keys()][0]).toBe('n'.repeat(1) + '[n]'.repeat(149) + '[leaf]');
  });

  it('a circular object throws an AxiosError ERR_BAD_OPTION_VALUE (plume; axios throws a plain Error)', () => {
    const obj: any = { a: { b: 1 } };
    obj.a.self = obj;
    let error: any;
    try {
      toFormData(obj, new FormData());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AxiosError);
    expect(error.code).toBe('ERR_BAD_OPTION_VALUE');
    expect(error.message).toBe('Circular reference detected in a.self');
    // The reference throws a plain Error with the same message.
    expect(attempt(() => refToFormData(obj, new FormData()))).toEqual({
      threw: { name: 'Error', message: 'Circular reference detected in a.self', code: undefined },
    });
  });

  it('a circular array throws too', () => {
    const arr: any[] = [{ x: 1 }];
    arr[0].back = arr;
    expect(attempt(() => toFormData({ arr }, new FormData()))).toMatchObject({ threw: { code: 'ERR_BAD_OPTION_VALUE' } });
  });

  it('a shared (non-circular) object is serialized at each place', () => {
    const shared = { v: 1 };
    same(() => ({ a: shared, b: shared }));
    expect(entries(toFormData({ a: shared, b: shared }, new FormData()))).toEqual([
      ['a[v]', '1'],
      ['b[v]', '1'],
    ]);
  });
});
