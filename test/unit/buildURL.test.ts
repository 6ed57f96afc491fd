import { describe, expect, it } from 'vitest';
import { buildURL } from '../../src/helpers/buildURL';
import { buildFullPath } from '../../src/core/buildFullPath';
import { combineURLs } from '../../src/helpers/combineURLs';
import { isAbsoluteURL } from '../../src/helpers/isAbsoluteURL';
import refBuildURL from 'axios-reference/unsafe/helpers/buildURL.js';
import refBuildFullPath from 'axios-reference/unsafe/core/buildFullPath.js';
import refCombineURLs from 'axios-reference/unsafe/helpers/combineURLs.js';
import refIsAbsoluteURL from 'axios-reference/unsafe/helpers/isAbsoluteURL.js';
import { plume, ref, attempt } from './helpers';

const date = new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6));
const identity = (value: any) => value;
const upper = (value: any, encode: any) => encode(value).toUpperCase();

// [name, url, params, options]
const cases: Array<[string, any, any, any?]> = [
  ['no params', '/a', undefined],
  ['null params', '/a', null],
  ['empty params', '/a', {}],
  ['empty params keep the hash', '/a#h', {}],
  ['simple', '/a', { a: 1, b: 'two' }],
  ['numbers and zero', '/a', { z: 0, n: -1.5, big: 1e21, nan: NaN, inf: Infinity }],
  ['empty string', '/a', { e: '' }],
  ['booleans', '/a', { t: true, f: false }],
  ['null and undefined are skipped', '/a', { a: null, b: undefined, c: 1 }],
  ['only nullish', '/a', { a: null, b: undefined }],
  ['date', '/a', { d: date }],
  ['array', '/a', { arr: [1, 2, 3] }],
  ['array with nullish', '/a', { arr: [1, null, undefined, 2] }],
  ['empty array', '/a', { arr: [], b: 1 }],
  ['array of dates and booleans', '/a', { arr: [date, true, false] }],
  ['array indexes: true', '/a', { arr: ['x', 'y'] }, { indexes: true }],
  ['array indexes: null', '/a', { arr: ['x', 'y'] }, { indexes: null }],
  ['array indexes: false', '/a', { arr: ['x', 'y'] }, { indexes: false }],
  ['key with [] suffix', '/a', { 'arr[]': [1, 2] }],
  ['key with [] and indexes', '/a', { 'arr[]': [1, 2] }, { indexes: true }],
  ['nested object', '/a', { a: { b: { c: 1 } } }],
  ['nested with dots', '/a', { a: { b: { c: 1 } }, arr: [1, 2] }, { dots: true }],
  ['nested with dots and indexes', '/a', { a: { arr: [1, 2] }, top: ['x'] }, { dots: true, indexes: true }],
  ['array of objects', '/a', { a: [{ b: 1 }, { c: 2 }] }],
  ['array of objects with dots', '/a', { a: [{ b: 1 }, { c: 2 }] }, { dots: true }],
  ['nested arrays', '/a', { a: [[1, 2], [3]] }],
  ['object inside nested', '/a', { filter: { tags: ['x', 'y'], range: { from: 1, to: 2 } } }],
  ['meta token {}', '/a', { 'obj{}': { a: 1 } }],
  ['meta token without metaTokens', '/a', { 'obj{}': { a: 1 } }, { metaTokens: false }],
  ['special characters in values', '/a', { q: "a b&c=d/e?f#g:h$i,j@k!l'm(n)o*p~q+r;s[t]u%v" }],
  ['special characters in keys', '/a', { 'a b': 1, 'k&=': 2, '[x]': 3, 'k:$,': 4 }],
  ['unicode', '/a', { 'ü': 'é', emoji: '😀', cjk: '漢字' }],
  ['whitespace and control', '/a', { s: ' lead and trail ', nl: 'a\nb', tab: 'a\tb' }],
  ['keys are trimmed', '/a', { ' padded ': 1 }],
  ['existing query', '/a?x=1', { y: 2 }],
  ['existing query ending in ?', '/a?', { y: 2 }],
  ['existing query ending in &', '/a?x=1&', { y: 2 }],
  ['hash stripped', '/a#frag', { y: 2 }],
  ['hash stripped with query', '/a?x=1#frag?z', { y: 2 }],
  ['absolute url', 'http://h.example/p', { y: 2 }],
  ['empty url', '', { y: 2 }],
  ['undefined url', undefined, { y: 2 }],
  ['URLSearchParams', '/a', new URLSearchParams([['a', '1'], ['b', 'x y'], ['a', '2']])],
  ['empty URLSearchParams', '/a#h', new URLSearchParams()],
  ['serializer function', '/a', { a: 1 }, (params: any) => 'custom=' + Object.keys(params).join(',')],
  ['serializer returning empty', '/a#h', { a: 1 }, () => ''],
  ['{ serialize }', '/a?x', { a: 1 }, { serialize: (params: any, options: any) => 'n=' + params.a + '&o=' + typeof options }],
  ['{ serialize } wins over encode', '/a', { a: 1 }, { serialize: () => 's=1', encode: () => 'zz' }],
  ['{ encode } identity', '/a', { 'a b': 'c&d', arr: [1, 2] }, { encode: identity }],
  ['{ encode } gets the form encoder', '/a', { q: "a b!'()~*" }, { encode: upper }],
  ['{ encode } with indexes', '/a', { arr: [1] }, { encode: identity, indexes: true }],
  ['serializer for URLSearchParams', '/a', new URLSearchParams('a=1'), { serialize: () => 'z=9' }],
  ['Map is not visited', '/a', { m: new Map([['a', 1]]) }],
  ['class instance is not visited', '/a', { c: new (class { x = 1; toString() { return 'C'; } })() }],
  ['top-level array', '/a', [1, 2]],
  ['top-level array of objects', '/a', [{ a: 1 }]],
  ['null-prototype params', '/a', Object.assign(Object.create(null), { a: 1 })],
  ['symbol key is ignored', '/a', { [Symbol('s')]: 1, a: 2 }],
];

describe('buildURL against axios', () => {
  it.each(cases)('%s', (_name, url, params, options) => {
    const expected = attempt(() => refBuildURL(url, params, options));
    const actual = attempt(() => buildURL(url, params, options));
    expect(actual).toEqual(expected);
  });
});

describe('serializer options from a class instance or a template object (axios reads inherited members below Object.prototype)', () => {
  class Serializer {
    serialize(params: any) {
      return 'custom=' + Object.keys(params).join(',');
    }
  }
  class Encoder {
    encode(value: any) {
      return String(value).toUpperCase();
    }
  }
  const options: Array<[string, () => any]> = [
    ['a class with serialize()', () => new Serializer()],
    ['a class with encode()', () => new Encoder()],
    ['a template object with indexes: true', () => Object.create({ indexes: true })],
    ['a template object with dots: true', () => Object.create({ dots: true })],
  ];

  it.each(options)('buildURL with %s', (_name, make) => {
    const params = { a: { b: 1 }, list: ['x', 'y'] };
    expect(attempt(() => buildURL('/p', params, make()))).toEqual(attempt(() => refBuildURL('/p', params, make())));
  });

  it('getUri with a serializer class instance', () => {
    const config = () => ({ url: '/p', params: { a: 1 }, paramsSerializer: new Serializer() });
    expect(attempt(() => plume.getUri(config()))).toEqual(attempt(() => ref.getUri(config())));
    expect(ref.getUri(config())).toBe('/p?custom=a');
  });
});

describe('buildURL pinned values', () => {
  it.each([
    ['/a', { a: 1, b: 'two' }, undefined, '/a?a=1&b=two'],
    ['/a', { a: null, b: undefined, c: 1 }, undefined, '/a?c=1'],
    ['/a', { arr: [1, 2] }, undefined, '/a?arr%5B%5D=1&arr%5B%5D=2'],
    ['/a', { arr: [1, 2] }, { indexes: true }, '/a?arr%5B0%5D=1&arr%5B1%5D=2'],
    ['/a', { arr: [1, 2] }, { indexes: null }, '/a?arr=1&arr=2'],
    ['/a', { a: { b: 1 } }, undefined, '/a?a%5Bb%5D=1'],
    ['/a', { a: { b: 1 } }, { dots: true }, '/a?a.b=1'],
    ['/a', { d: date }, undefined, '/a?d=2020-01-02T03:04:05.006Z'],
    ['/a', { t: true, f: false }, undefined, '/a?t=true&f=false'],
    ['/a', { s: 'a b:$,@' }, undefined, '/a?s=a+b:$,%40'],
    ['/a#frag', { y: 2 }, undefined, '/a?y=2'],
    ['/a?x=1', { y: 2 }, undefined, '/a?x=1&y=2'],
    ['/a#frag', {}, undefined, '/a#frag'],
  ])('%s + %j (%j) -> %s', (url, params, options, expected) => {
    expect(buildURL(url, params, options as any)).toBe(expected);
  });

  it('the serializer receives the params and the options object', () => {
    const options = { serialize: (params: any, opts: any) => (opts === options && params.a === 1 ? 'ok=1' : 'bad=1') };
    expect(buildURL('/a', { a: 1 }, options)).toBe('/a?ok=1');
  });

  it('encode receives each key and value, and the default form encoder', () => {
    const seen: any[] = [];
    buildURL('/a', { k: 'v w' }, { encode: (value: any, encoder: any) => (seen.push([value, encoder(value)]), value) });
    expect(seen).toEqual([
      ['k', 'k'],
      ['v w', 'v+w'],
    ]);
  });
});

describe('combineURLs and isAbsoluteURL against axios', () => {
  const pairs: Array<[string, any]> = [
    ['http://a.example', '/b'],
    ['http://a.example/', '/b'],
    ['http://a.example///', '///b'],
    ['http://a.example/api', ''],
    ['http://a.example/api', undefined],
    ['http://a.example/api/', 'b/c?x=1'],
    ['', 'b'],
    ['/', '/'],
    ['/api', '//'],
    ['http://a.example', 'https://b.example'],
  ];
  it.each(pairs)('combineURLs(%j, %j)', (base, relative) => {
    expect(combineURLs(base, relative)).toBe(refCombineURLs(base, relative));
  });

  const urls = [
    'http://a',
    'HTTPS://a',
    '//a',
    'ftp://a',
    'custom+scheme.v1-x://a',
    '1http://a',
    'http:/a',
    'http:a',
    '/a',
    'a',
    '',
    'mailto:a@b',
    'C://x',
    ' http://a',
    'data:text/plain,x',
    'a-b://c',
    '+a://b',
  ];
  it.each(urls)('isAbsoluteURL(%j)', (url) => {
    expect(isAbsoluteURL(url)).toBe(refIsAbsoluteURL(url));
  });

  it('isAbsoluteURL is false for non-strings', () => {
    for (const value of [undefined, null, 1, {}, new URL('http://a.example')]) {
      expect(isAbsoluteURL(value)).toBe(false);
      expect(refIsAbsoluteURL(value)).toBe(false);
    }
  });

  it('combineURLs is linear on long runs of slashes', () => {
    const base = 'http://a.example' + '/'.repeat(100000) + 'x' + '/'.repeat(100000);
    const started = Date.now();
    expect(combineURLs(base, '/'.repeat(100000) + 'y')).toBe('http://a.example' + '/'.repeat(100000) + 'x/y');
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('getUri against axios', () => {
  const configs: Array<[string, any]> = [
    ['nothing', {}],
    ['url only', { url: '/a' }],
    ['baseURL only', { baseURL: 'http://a.example/api' }],
    ['baseURL and relative url', { baseURL: 'http://a.example/api', url: 'users' }],
    ['trailing and leading slashes', { baseURL: 'http://a.example/api/', url: '/users' }],
    ['many slashes', { baseURL: 'http://a.example/api///', url: '///users' }],
    ['empty url', { baseURL: 'http://a.example/api', url: '' }],
    ['absolute url wins', { baseURL: 'http://a.example', url: 'https://b.example/x' }],
    ['absolute url with allowAbsoluteUrls false', { baseURL: 'http://a.example', url: 'https://b.example/x', allowAbsoluteUrls: false }],
    ['relative url with allowAbsoluteUrls false', { baseURL: 'http://a.example', url: 'x', allowAbsoluteUrls: false }],
    ['absolute url without baseURL and allowAbsoluteUrls false', { url: 'https://b.example/x', allowAbsoluteUrls: false }],
    ['protocol-relative url', { baseURL: 'http://a.example', url: '//b.example/x' }],
    ['protocol-relative with allowAbsoluteUrls false', { baseURL: 'http://a.example', url: '//b.example/x', allowAbsoluteUrls: false }],
    ['uppercase scheme', { baseURL: 'http://a.example', url: 'HTTP://b.example' }],
    ['other scheme', { baseURL: 'http://a.example', url: 'ftp://b.example/f' }],
    ['relative baseURL', { baseURL: '/api', url: 'x' }],
    ['params', { url: '/a', params: { b: [1, 2], c: { d: 1 } } }],
    ['params and baseURL', { baseURL: 'http://a.example/', url: '/a?x=1#h', params: { y: 2 } }],
    ['params with serializer function', { url: '/a', params: { y: 2 }, paramsSerializer: () => 'z=1' }],
    ['params with serializer options', { url: '/a', params: { y: [1, 2] }, paramsSerializer: { indexes: true } }],
    ['params with encode', { url: '/a', params: { y: 'a b' }, paramsSerializer: { encode: (v: any) => v } }],
    ['URLSearchParams params', { url: '/a', params: new URLSearchParams('x=1&x=2') }],
    ['url with only a hash', { url: '#top', params: { a: 1 } }],
  ];

  it.each(configs)('%s', (_name, config) => {
    const expected = attempt(() => ref.getUri(config));
    const actual = attempt(() => plume.getUri(config));
    expect(actual).toEqual(expected);
  });

  // axios throws a TypeError for these (`relativeURL.replace is not a function`,
  // `baseURL.slice ...`): plume gives what axios gives for the same URLs as text.
  it.each([
    ['a URL object as baseURL', { baseURL: new URL('http://a.example/api/'), url: 'users', params: { q: 1 } }],
    ['a URL object as url, with a baseURL', { baseURL: 'http://a.example/api', url: new URL('http://b.example/x?y=1') }],
    ['a URL object as url, allowAbsoluteUrls false', { baseURL: 'http://a.example/api', url: new URL('http://b.example/x'), allowAbsoluteUrls: false }],
    ['a number as url', { baseURL: 'http://a.example/status', url: 404 }],
  ])('%s is read as its text', (_name, config: any) => {
    const asText = { ...config, baseURL: String(config.baseURL), url: String(config.url) };
    expect(attempt(() => ref.getUri(config))).toMatchObject({ threw: expect.anything() });
    expect(plume.getUri(config)).toBe(ref.getUri(asText));
  });

  it('pinned values', () => {
    expect(plume.getUri({ baseURL: 'http://a.example/api/', url: '/users', params: { id: 1 } })).toBe('http://a.example/api/users?id=1');
    expect(plume.getUri({ baseURL: 'http://a.example', url: 'https://b.example/x' })).toBe('https://b.example/x');
    expect(plume.getUri({ baseURL: 'http://a.example', url: 'https://b.example/x', allowAbsoluteUrls: false })).toBe(
      'http://a.example/https://b.example/x'
    );
    expect(plume.getUri({ baseURL: 'http://a.example', url: '//b.example/x' })).toBe('//b.example/x');
  });

  it('an instance uses its defaults, and per-call config wins', () => {
    for (const lib of [plume, ref] as any[]) {
      const instance = lib.create({ baseURL: 'http://a.example/v1', params: { key: 'k' }, allowAbsoluteUrls: false });
      expect(instance.getUri({ url: '/items', params: { page: 2 } })).toBe('http://a.example/v1/items?key=k&page=2');
      expect(instance.getUri({ url: 'http://b.example/x' })).toBe('http://a.example/v1/http://b.example/x?key=k');
      expect(instance.getUri({ url: 'http://b.example/x', allowAbsoluteUrls: true })).toBe('http://b.example/x?key=k');
    }
  });
});

describe('malformed http(s) URLs', () => {
  const bad: Array<[string, any]> = [
    ['https:host', { url: 'https:host/path' }],
    ['http:/one slash', { url: 'http:/host/path' }],
    ['uppercase', { url: 'HTTPS:host' }],
    ['leading spaces and controls', { url: ' \u0001 https:host' }],
    ['tab inside the scheme separator', { url: 'https:\t/host' }],
    ['newline inside', { url: 'ht\ntps:host' }],
    ['bad baseURL', { baseURL: 'https:host', url: '/a' }],
    ['bad baseURL with allowAbsoluteUrls false', { baseURL: 'https:host', url: 'http://ok.example', allowAbsoluteUrls: false }],
  ];

  it.each(bad)('%s -> ERR_INVALID_URL in both', (_name, config) => {
    const expected = attempt(() => ref.getUri(config));
    const actual = attempt(() => plume.getUri(config));
    expect(expected).toMatchObject({ threw: { code: 'ERR_INVALID_URL' } });
    expect(actual).toMatchObject({ threw: { name: 'AxiosError', code: 'ERR_INVALID_URL' } });
    expect((actual as any).threw.message).toMatch(/^Invalid URL ".*": missing "\/\/" after protocol$/s);
  });

  it('a bad baseURL is not checked when an absolute url is used', () => {
    expect(plume.getUri({ baseURL: 'https:host', url: 'http://ok.example/' })).toBe('http://ok.example/');
    expect(ref.getUri({ baseURL: 'https:host', url: 'http://ok.example/' })).toBe('http://ok.example/');
  });

  it.each(['mailto:someone@example.com', 'ftp:host', 'file:/etc/x', 'data:,x', 'httpx:host'])(
    '%s is not an http URL and passes',
    (url) => {
      expect(attempt(() => plume.getUri({ url }))).toEqual(attempt(() => ref.getUri({ url })));
      expect(plume.getUri({ url })).toBe(url);
    }
  );

  it.each([
    'https:user:secret@host/path?token=abc123&x=1',
    'https:/user:secret@host/?token=abc123',
    'http:secret@host',
    ' https:user:secret@host/#token=abc123',
  ])('the message for %j carries no credentials or query values', (url) => {
    const result: any = attempt(() => plume.getUri({ url }));
    expect(result.threw.code).toBe('ERR_INVALID_URL');
    expect(result.threw.message).toContain('host');
    expect(result.threw.message).not.toMatch(/secret|abc123/);
    // axios redacts these too
    const axiosResult: any = attempt(() => ref.getUri({ url }));
    expect(axiosResult.threw.message).not.toMatch(/secret|abc123/);
  });

  it('a fragment without "=" is redacted too (as axios does)', () => {
    const result: any = attempt(() => buildFullPath(undefined, 'https:host/#secret-token', true));
    const axiosResult: any = attempt(() => refBuildFullPath(undefined, 'https:host/#secret-token', true));
    expect(axiosResult.threw.message).not.toContain('secret-token');
    expect(result.threw.message).not.toContain('secret-token');
  });

  it('the error carries the config', () => {
    const config = { url: 'https:host' };
    let error: any;
    try {
      buildFullPath(undefined, config.url, true, config);
    } catch (e) {
      error = e;
    }
    expect(error.config).toBe(config);
  });

  it('a request with a malformed URL rejects before fetch is called (fetch adapter)', async () => {
    for (const lib of [plume, ref] as any[]) {
      const calls: any[] = [];
      const fetch = async (...args: any[]) => {
        calls.push(args);
        return new Response('{}');
      };
      const instance = lib.create({ adapter: 'fetch', env: { fetch } });
      await expect(instance.get('https:user:secret@host/x')).rejects.toMatchObject({ code: 'ERR_INVALID_URL' });
      expect(calls).toEqual([]);
    }
  });

  it('buildFullPath matches axios on good inputs', () => {
    const inputs: Array<[any, any, any]> = [
      ['http://a.example', '/x', true],
      ['http://a.example', 'http://b.example', true],
      ['http://a.example', 'http://b.example', false],
      [undefined, '/x', true],
      ['', 'x', true],
      ['http://a.example', undefined, true],
      ['http://a.example', '', false],
    ];
    for (const [base, url, allow] of inputs) {
      expect(buildFullPath(base, url, allow)).toBe(refBuildFullPath(base, url, allow));
    }
  });
});
