import { describe, expect, it } from 'vitest';
import { AxiosHeaders } from '../../src/core/AxiosHeaders';
import { parseHeaders } from '../../src/helpers/parseHeaders';
import refParseHeaders from 'axios-reference/unsafe/helpers/parseHeaders.js';
import { ref, attempt } from './helpers';

const RefHeaders: any = ref.AxiosHeaders;
const PlumeHeaders: any = AxiosHeaders;

/** Own enumerable entries, in order, undefined values included: the exact stored state. */
const state = (headers: any) => Object.entries(headers);

/** Run the same scenario with both classes; results (or what they threw) must be equal. */
function same(scenario: (H: any) => any) {
  const expected = attempt(() => scenario(RefHeaders));
  const actual = attempt(() => scenario(PlumeHeaders));
  expect(actual).toEqual(expected);
  return actual;
}

describe('AxiosHeaders: set / get / has / delete', () => {
  it('stores a header under its first spelling and reads it case-insensitively', () => {
    const result = same((H) => {
      const h = new H();
      h.set('Content-Type', 'text/plain');
      h.set('content-type', 'application/json');
      h.set('X-Custom', 'a');
      return [state(h), h.get('CONTENT-TYPE'), h.get('x-custom'), h.has('X-CUSTOM'), h.has('missing')];
    });
    expect(result).toEqual({
      value: [[['Content-Type', 'application/json'], ['X-Custom', 'a']], 'application/json', 'a', true, false],
    });
  });

  it('sets from a plain object, an AxiosHeaders and a nested set call', () => {
    same((H) => {
      const h = new H({ Accept: 'a', 'X-A': 1, 'X-B': true, 'X-Arr': [1, 'two'] });
      h.set(new H({ 'x-a': '2', 'X-C': 'c' }));
      return state(h);
    });
  });

  it('converts values to strings, keeps arrays, and keeps null/undefined/false as they are', () => {
    const result = same((H) => {
      const h = new H();
      h.set('n', 42).set('b', true).set('arr', [1, 2]).set('nul', null).set('und', undefined).set('f', false);
      return [state(h), h.has('nul'), h.has('und'), h.has('f'), h.toJSON()];
    });
    expect(result).toEqual({
      value: [
        [['n', '42'], ['b', 'true'], ['arr', ['1', '2']], ['nul', null], ['und', undefined], ['f', false]],
        true,
        false,
        true,
        { n: '42', b: 'true', arr: ['1', '2'] },
      ],
    });
  });

  it('trims spaces and tabs around values and drops CR, LF and other control characters', () => {
    const result = same((H) => {
      const h = new H();
      h.set('X-A', '  value\t ');
      h.set('X-Inject', 'a\r\nSet-Cookie: evil=1');
      h.set('X-Nul', 'a\u0000b\u0007c\u007fd');
      h.set('X-Tab', 'a\tb');
      h.set('X-Arr', ['x\ny', ' z ']);
      h.set('X-Uni', 'héllo ☃');
      return state(h);
    });
    expect(result).toEqual({
      value: [
        ['X-A', 'value'],
        ['X-Inject', 'aSet-Cookie: evil=1'],
        ['X-Nul', 'abcd'],
        ['X-Tab', 'a\tb'],
        ['X-Arr', ['xy', 'z']],
        ['X-Uni', 'héllo ☃'],
      ],
    });
  });

  it('converts other value types with String()', () => {
    same((H) => {
      const h = new H();
      h.set('date', new Date(0)).set('big', 10n).set('obj', { a: 1 }).set('zero', 0).set('nan', NaN).set('sym', Symbol('s') as any);
      h.set('nested', [[1, 2], 'x'] as any);
      return state(h);
    });
  });

  it('ignores empty and nullish header names', () => {
    same((H) => {
      const h = new H();
      h.set('', 'x');
      h.set('   ', 'x');
      h.set(null, 'x');
      h.set(undefined);
      return state(h);
    });
  });

  it('numeric header names are stored as strings', () => {
    same((H) => state(new H().set(1 as any, 'x')));
  });

  it('a false value is only replaced with rewrite === true', () => {
    const result = same((H) => {
      const h = new H({ 'Content-Type': false });
      h.set('content-type', 'text/plain');
      const afterDefault = h.get('Content-Type');
      h.setContentType('application/json');
      const afterAccessor = h.get('Content-Type');
      h.set('content-type', 'a/b', false);
      const afterFalse = h.get('Content-Type');
      h.set('content-type', 'a/b', true);
      return [afterDefault, afterAccessor, afterFalse, state(h)];
    });
    expect(result).toEqual({ value: [false, false, false, [['Content-Type', 'a/b']]] });
  });

  it('rewrite false keeps an existing value but fills an undefined one', () => {
    const result = same((H) => {
      const h = new H({ A: '1', B: undefined });
      h.set('a', '2', false);
      h.set('b', '3', false);
      h.set({ a: '4', c: '5' }, false);
      return state(h);
    });
    expect(result).toEqual({ value: [['A', '1'], ['B', '3'], ['c', '5']] });
  });

  it('a function passed as rewrite only fills missing headers', () => {
    same((H) => {
      const h = new H({ A: '1' });
      h.set('a', '2', () => true);
      h.set('b', '3', () => false);
      return state(h);
    });
  });

  it('delete removes every listed header, case-insensitively, and says whether it did', () => {
    const result = same((H) => {
      const h = new H({ A: '1', B: '2', C: '3' });
      return [h.delete('a'), h.delete('missing'), h.delete(['B', 'c', 'zzz']), state(h)];
    });
    expect(result).toEqual({ value: [true, false, true, []] });
  });

  it('delete and has with a matcher: string (substring), RegExp, function', () => {
    const result = same((H) => {
      const h = new H({ 'Content-Type': 'application/json; charset=utf-8', 'X-N': '42' });
      return [
        h.has('content-type', 'json'),
        h.has('content-type', 'xml'),
        h.has('content-type', /charset=utf-8$/),
        h.has('content-type', /^text/),
        h.has('x-n', (value: string, name: string) => value === '42' && name === 'X-N'),
        h.has('x-n', () => false),
        h.delete('content-type', 'xml'),
        h.delete('content-type', /json/),
        state(h),
      ];
    });
    expect(result).toEqual({ value: [true, false, true, false, true, false, false, true, [['X-N', '42']]] });
  });

  it('a string or RegExp matcher never matches an array value', () => {
    same((H) => {
      const h = new H({ 'X-Arr': ['a', 'b'] });
      return [h.has('x-arr', 'a'), h.has('x-arr', /a/), h.has('x-arr', (v: any) => Array.isArray(v))];
    });
  });

  it('clear with no matcher empties, with a matcher tests header names', () => {
    const result = same((H) => {
      const h = new H({ 'X-A': '1', 'X-B': '2', Accept: 'a', Other: 'x-y' });
      const r1 = h.clear(/^x-/i);
      const s1 = state(h);
      const r2 = h.clear('Acc');
      const s2 = state(h);
      const r3 = h.clear((value: string, name: string) => name === 'Nope');
      const r4 = h.clear();
      return [r1, s1, r2, s2, r3, r4, state(h), h.clear()];
    });
    expect(result).toEqual({
      value: [true, [['Accept', 'a'], ['Other', 'x-y']], true, [['Other', 'x-y']], false, true, [], false],
    });
  });
});

describe('AxiosHeaders: get with a parser', () => {
  const value = 'multipart/form-data; boundary=abc; charset="utf-8"';

  it('true parses tokens', () => {
    const result = same((H) => ({ ...new H({ 'Content-Type': value }).get('content-type', true) }));
    expect(result).toEqual({ value: { 'multipart/form-data': undefined, boundary: 'abc', charset: '"utf-8"' } });
  });

  it('a RegExp returns its exec() result', () => {
    const result = same((H) => {
      const match = new H({ 'Content-Type': value }).get('content-type', /boundary=(\w+)/);
      return match && [...match];
    });
    expect(result).toEqual({ value: ['boundary=abc', 'abc'] });
  });

  it('a function is called with the value and the stored name, this being the headers', () => {
    const result = same((H) => {
      const h = new H({ 'X-Thing': 'v' });
      return h.get('x-thing', function (this: any, v: string, name: string) {
        return [v, name, this === h];
      });
    });
    expect(result).toEqual({ value: ['v', 'X-Thing', true] });
  });

  it('an unsupported parser throws a TypeError', () => {
    const result = same((H) => new H({ A: '1' }).get('a', 123));
    expect(result).toEqual({ threw: { name: 'TypeError', message: 'parser must be boolean|regexp|function' } });
  });

  it('a missing header returns undefined whatever the parser', () => {
    same((H) => [new H().get('a', true), new H().get('a', /x/), new H().get('', true)]);
  });

  it('AxiosHeaders.parseParameters as a parser', () => {
    const result = same((H) => ({
      ...new H({ 'Content-Disposition': 'form-data; name="field"; filename="a \\"b\\".txt"' }).get(
        'content-disposition',
        H.parseParameters
      ),
    }));
    expect(result).toEqual({ value: { name: 'field', filename: 'a "b".txt' } });
  });
});

describe('AxiosHeaders.parseParameters', () => {
  const inputs = [
    'text/html; charset=UTF-8',
    'text/html;CHARSET=utf-8;Q=0.5',
    'a=1, b=2; c=3',
    'a="x;y"; b=2',
    'a="x,y", b="2"',
    'a = 1 ; b\t=\t2',
    'a="\\\\"',
    'a="ab\\"',
    'a="unterminated',
    'a="x\\',
    '=x; a=1',
    ' =x',
    'noequals; a=1',
    'bad name=1; good=2',
    '__proto__=x; constructor=y; prototype=z; ok=1',
    'A=1; a=2',
    '',
    'a=',
    'a=""',
    'a="""',
    '"a=1"',
  ];

  it.each(inputs)('%j parses as in axios', (input) => {
    same((H) => ({ ...H.parseParameters(input) }));
  });

  it('returns a null-prototype object', () => {
    const parsed = PlumeHeaders.parseParameters('a=1');
    expect(Object.getPrototypeOf(parsed)).toBe(null);
    expect(parsed.a).toBe('1');
  });
});

describe('AxiosHeaders: raw header strings', () => {
  const raw = [
    'Date: Wed, 27 Aug 2014 08:58:49 GMT',
    'Content-Type: application/json',
    'content-type: text/html',
    'Set-Cookie: a=1; Path=/',
    'set-cookie: b=2',
    'X-Multi: one',
    'x-multi: two',
    'Content-Length: 10',
    'Content-Length: 20',
    'Location: /a',
    'Location: /b',
    'Authorization: first',
    'authorization: second',
    'Vary: Accept',
    'Vary: Origin',
    'X-Empty:',
    'X-Spaces:   padded   ',
    ': no name',
    'garbage line without colon',
    '',
    '   X-Indented : yes',
  ].join('\r\n');

  it('parseHeaders matches axios', () => {
    expect({ ...parseHeaders(raw) }).toEqual({ ...refParseHeaders(raw) });
  });

  it('parseHeaders joins repeats, keeps set-cookie as an array and ignores repeats of single-value headers', () => {
    const parsed = parseHeaders(raw);
    expect(parsed['content-type']).toBe('application/json');
    expect(parsed['content-length']).toBe('10');
    expect(parsed['location']).toBe('/a');
    expect(parsed['authorization']).toBe('first');
    expect(parsed['set-cookie']).toEqual(['a=1; Path=/', 'b=2']);
    expect(parsed['x-multi']).toBe('one, two');
    expect(parsed['vary']).toBe('Accept, Origin');
    expect(parsed['x-empty']).toBe('');
    expect(parsed['x-spaces']).toBe('padded');
    expect(parsed['x-indented']).toBe('yes');
    expect(Object.keys(parsed)).not.toContain('');
  });

  it('a raw string given to set() or the constructor is parsed', () => {
    same((H) => [state(new H(raw)), new H(raw).getSetCookie(), state(new H().set(raw))]);
  });

  it('a header name alone is not parsed as a raw block', () => {
    same((H) => [state(new H().set('X-Name', 'v')), state(new H().set('X-Name'))]);
  });

  it('a string with a colon is parsed as a raw header line', () => {
    same((H) => state(new H().set('x-a: 1')));
  });

  it('a single set-cookie line still becomes an array', () => {
    same((H) => [new H('Set-Cookie: a=1').get('set-cookie'), new H('Set-Cookie: a=1').getSetCookie()]);
  });

  it('a __proto__ line in a raw block does not touch any prototype', () => {
    same((H) => {
      const h = new H('__proto__: x\nconstructor: y\nX-A: 1');
      return [state(h), typeof h.set, typeof h.constructor, ({} as any).x];
    });
    expect(({} as any).x).toBeUndefined();
  });
});

describe('AxiosHeaders: iterables', () => {
  it('a Map', () => {
    const result = same((H) => state(new H(new Map<string, any>([['X-A', '1'], ['x-b', ['2', '3']]]))));
    expect(result).toEqual({ value: [['X-A', '1'], ['x-b', ['2', '3']]] });
  });

  it('an array of pairs, repeated names grouped into arrays', () => {
    const result = same((H) =>
      state(
        new H([
          ['X-A', '1'],
          ['X-A', '2'],
          ['X-A', '3'],
          ['Accept', 'a'],
        ])
      )
    );
    expect(result).toEqual({ value: [['X-A', ['1', '2', '3']], ['Accept', 'a']] });
  });

  it('repeats differing only in case are separate entries, the later one winning', () => {
    same((H) =>
      state(
        new H([
          ['X-A', '1'],
          ['x-a', '2'],
        ])
      )
    );
  });

  it('a Headers object', () => {
    same((H) => state(new H(new Headers({ 'X-A': '1', Accept: 'text/plain' }))));
  });

  it('an iterable whose entries are not pairs throws a TypeError', () => {
    const result = same((H) => new H(new Set(['X-A'])));
    expect(result).toEqual({ threw: { name: 'TypeError', message: 'Object iterator must return a key-value pair' } });
  });

  it('a generator of pairs', () => {
    same((H) =>
      state(
        new H(
          (function* () {
            yield ['A', '1'];
            yield ['B', '2'];
          })()
        )
      )
    );
  });

  it('the rewrite argument applies to iterables too', () => {
    same((H) => state(new H({ A: '1' }).set(new Map([['a', '2'], ['b', '3']]), false)));
  });
});

describe('AxiosHeaders: normalize, concat, from', () => {
  it('normalize(false) merges case variants into the first spelling with the last value, and trims names', () => {
    const result = same((H) => {
      const h = new H();
      h['x-a'] = '1';
      h['X-A'] = '2';
      h[' Padded '] = 'p';
      h['accept'] = 'a';
      h.normalize(false);
      return state(h);
    });
    // A renamed (trimmed) header moves to the end.
    expect(result).toEqual({ value: [['x-a', '2'], ['accept', 'a'], ['Padded', 'p']] });
  });

  it('normalize(true) formats names as Title-Case', () => {
    const result = same((H) => {
      const h = new H({ 'content-type': 'a', 'x-CUSTOM-header': 'b', accept: 'c', 'www-authenticate': 'd', x_under: 'e' });
      h.normalize(true);
      return state(h);
    });
    expect(result).toEqual({
      value: [['Content-Type', 'a'], ['X-Custom-Header', 'b'], ['Accept', 'c'], ['Www-Authenticate', 'd'], ['X_under', 'e']],
    });
  });

  it('normalize sanitizes values that were assigned directly', () => {
    same((H) => {
      const h = new H();
      h['X-A'] = ' a\nb ';
      h['X-N'] = 5;
      return state(h.normalize());
    });
  });

  it('normalize returns this', () => {
    const h = new AxiosHeaders({ a: '1' });
    expect(h.normalize(true)).toBe(h);
  });

  it('concat keeps the first spelling and takes later values, parsing strings and skipping nullish', () => {
    const result = same((H) =>
      state(H.concat({ 'Content-Type': 'a', Accept: 'x' }, null, 'content-type: b\nX-Raw: r', undefined, new H({ ACCEPT: 'y' })))
    );
    expect(result).toEqual({ value: [['Content-Type', 'b'], ['Accept', 'y'], ['x-raw', 'r']] });
  });

  it('instance concat does not modify the instance', () => {
    same((H) => {
      const h = new H({ A: '1' });
      const c = h.concat({ B: '2' });
      return [state(h), state(c), c instanceof H, c !== h];
    });
  });

  it('from returns the same instance or wraps anything else', () => {
    const h = new AxiosHeaders({ A: '1' });
    expect(AxiosHeaders.from(h)).toBe(h);
    const fromObject = AxiosHeaders.from({ B: '2' });
    expect(fromObject).toBeInstanceOf(AxiosHeaders);
    expect(fromObject.get('b')).toBe('2');
    expect(state(AxiosHeaders.from(null))).toEqual([]);
    same((H) => [state(H.from('X-A: 1')), state(H.from(undefined))]);
  });
});

describe('AxiosHeaders: output', () => {
  const input = { A: '1', B: ['x', 'y'], C: false, D: null, E: undefined, F: '' };

  it('toJSON drops false and nullish values, keeps arrays unless asStrings', () => {
    const result = same((H) => [{ ...new H(input).toJSON() }, { ...new H(input).toJSON(true) }]);
    expect(result).toEqual({ value: [{ A: '1', B: ['x', 'y'], F: '' }, { A: '1', B: 'x, y', F: '' }] });
  });

  it('toJSON returns a null-prototype object', () => {
    expect(Object.getPrototypeOf(new AxiosHeaders(input).toJSON())).toBe(null);
  });

  it('toString is one "name: value" line per header', () => {
    const result = same((H) => new H(input).toString());
    expect(result).toEqual({ value: 'A: 1\nB: x,y\nF: ' });
  });

  it('iterates over [name, value] pairs of toJSON()', () => {
    const result = same((H) => [...new H(input)]);
    expect(result).toEqual({ value: [['A', '1'], ['B', ['x', 'y']], ['F', '']] });
  });

  it('getSetCookie', () => {
    const result = same((H) => [
      new H().getSetCookie(),
      new H({ 'Set-Cookie': 'a=1' }).getSetCookie(),
      new H({ 'set-cookie': ['a=1', 'b=2'] }).getSetCookie(),
      new H({ 'set-cookie': false }).getSetCookie(),
    ]);
    expect(result).toEqual({ value: [[], ['a=1'], ['a=1', 'b=2'], []] });
  });

  it('has the AxiosHeaders toStringTag', () => {
    expect(Object.prototype.toString.call(new AxiosHeaders())).toBe('[object AxiosHeaders]');
  });
});

describe('AxiosHeaders: accessors', () => {
  const shared = ['ContentType', 'ContentLength', 'Accept', 'AcceptEncoding', 'UserAgent', 'Authorization'];

  it.each(shared)('get/set/has%s exist and work as in axios', (name) => {
    same((H) => {
      const h = new H();
      const before = h['has' + name]();
      h['set' + name]('v1');
      h['set' + name]('v2', false);
      return [before, h['get' + name](), h['has' + name](), h['has' + name]('v'), h['get' + name](/v(\d)/)?.[1], state(h)];
    });
  });

  it('plume also defines Content-Encoding accessors (declared in axios typings, absent at runtime in axios)', () => {
    const h: any = new AxiosHeaders();
    h.setContentEncoding('gzip');
    expect(h.getContentEncoding()).toBe('gzip');
    expect(h.hasContentEncoding()).toBe(true);
    expect(state(h)).toEqual([['Content-Encoding', 'gzip']]);
  });

  it('accessor() adds methods for a custom header name', () => {
    same((H) => {
      H.accessor('X-Plume-Test-Header');
      const h = new H();
      h.setXPlumeTestHeader('1');
      return [h.getXPlumeTestHeader(), h.hasXPlumeTestHeader(), state(h), typeof H.accessor(['X-Two']).prototype.getXTwo];
    });
  });

  it('accessor() names methods as axios does: an underscore inside a word is kept', () => {
    const names = same((H) => {
      class Named extends H {}
      Named.accessor(['foo_bar', 'x-y_z', 'X_Request-ID', 'a--b', '2fa']);
      return Object.getOwnPropertyNames(Named.prototype).filter((name) => name != 'constructor').sort();
    });
    expect((names as any).value).toContain('getFoo_bar');
    expect((names as any).value).toContain('hasX_requestId');
  });

  it('the built-in accessors are named as accessor() names them', () => {
    // They are installed at load without accessor()'s RegExp: check the shortcut against it.
    const builtIn = ['Content-Type', 'Content-Length', 'Accept', 'Accept-Encoding', 'User-Agent', 'Content-Encoding', 'Authorization'];
    class Fresh extends AxiosHeaders {}
    const own = (proto: object) => Object.getOwnPropertyNames(proto).filter((name) => /^(get|set|has)[A-Z]/.test(name)).sort();
    (Fresh as typeof AxiosHeaders).accessor(builtIn);
    expect(own(Fresh.prototype)).toHaveLength(21);
    expect(own(AxiosHeaders.prototype)).toEqual(expect.arrayContaining(own(Fresh.prototype)));
  });

  it('accessor methods are not enumerable instance members', () => {
    same((H) => Object.keys(new H({ A: '1' })));
  });
});

describe('AxiosHeaders: header names that collide with members', () => {
  // axios stores these under a capitalised variant too ('set' as 'Set', '__proto__' as '__Proto__').
  const names = ['set', 'get', 'has', 'delete', 'toString', 'toJSON', 'normalize', 'concat', 'constructor', '__proto__'];

  it.each(names)('%s: stored like axios, readable case-insensitively, methods still work', (name) => {
    const result = same((H) => {
      const h = new H();
      h.set(name, 'v');
      h.set('X-Other', 'o');
      return [state(h), h.get(name), h.has(name), h.get(name.toUpperCase()), { ...h.toJSON() }, h.toString(), typeof h[name]];
    });
    const [stored, value, has] = (result as any).value;
    expect(stored[0][1]).toBe('v');
    expect(stored[0][0].toLowerCase()).toBe(name.toLowerCase());
    expect(stored[0][0]).not.toBe(name);
    expect(value).toBe('v');
    expect(has).toBe(true);
  });

  it.each(names)('%s given in an object or a raw string is stored the same way', (name) => {
    same((H) => [state(new H({ [name]: 'v' })), state(new H(`${name}: v`))]);
  });

  it('normalize(true) and normalize(false) keep colliding names in their slots, as in axios', () => {
    same((H) => {
      const h = new H();
      for (const name of names) h.set(name, name + '-v');
      const raw = state(h);
      h.normalize(false);
      const plain = state(h);
      h.normalize(true);
      return [raw, plain, state(h), { ...h.toJSON() }, typeof h.set, typeof h.normalize];
    });
  });

  it('concat and delete work on colliding names, as in axios', () => {
    same((H) => {
      const h = H.concat({ set: '1' }, 'get: 2', new H({ __proto__: '3' } as any), { toString: '4' });
      return [state(h), h.delete('SET'), h.delete(['get', 'TOSTRING']), state(h)];
    });
  });

  it('a __proto__ header with an array value does not replace the prototype', () => {
    const h: any = new AxiosHeaders();
    h.set('__proto__', ['a', 'b']);
    expect(Object.getPrototypeOf(h)).toBe(AxiosHeaders.prototype);
    expect(h.get('__proto__')).toEqual(['a', 'b']);
    expect(typeof h.set).toBe('function');
  });

  it('JSON.parse with a __proto__ key: header kept, prototype untouched', () => {
    const h: any = new AxiosHeaders(JSON.parse('{"__proto__": "x", "X-A": "1"}'));
    expect(Object.getPrototypeOf(h)).toBe(AxiosHeaders.prototype);
    expect(h.get('__proto__')).toBe('x');
    expect(h.get('x-a')).toBe('1');
  });

  it.each(['hasOwnProperty', 'valueOf', 'isPrototypeOf'])(
    '%s (an Object.prototype member) is stored capitalised so the member stays callable (plume; axios shadows it)',
    (name) => {
      const h: any = new AxiosHeaders();
      h.set(name, 'v');
      expect(state(h)).toEqual([[name[0].toUpperCase() + name.slice(1), 'v']]);
      expect(h.get(name)).toBe('v');
      expect(typeof h[name]).toBe('function');
      expect(h.has(name)).toBe(true);
      expect({ ...h.toJSON() }).toEqual({ [name[0].toUpperCase() + name.slice(1)]: 'v' });
    }
  );

  it('methods keep working after every colliding header is set', () => {
    const h: any = new AxiosHeaders();
    for (const name of names) h.set(name, name + '-value');
    expect(h.get('set')).toBe('set-value');
    expect(h.has('tostring')).toBe(true);
    expect(h.delete('delete')).toBe(true);
    expect(h.has('delete')).toBe(false);
    expect(Object.keys(h.normalize(true).toJSON())).toContain('Set');
    expect(typeof h.toString()).toBe('string');
  });
});

describe('AxiosHeaders: header names with surrounding whitespace', () => {
  // axios keeps the untrimmed name as the stored key (' X-A '); plume trims it,
  // since a name with spaces is not a valid header name on the wire.
  it('plume stores the trimmed name', () => {
    const h = new AxiosHeaders();
    h.set(' X-A ', '1');
    expect(state(h)).toEqual([['X-A', '1']]);
    expect(h.get('x-a')).toBe('1');
  });
});
