// What the adapters send: the full URL (baseURL + url + params) and the final
// headers (Basic auth added). axios's browser adapters share the same helper.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/adapters/resolveConfig';
import { AxiosHeaders } from '../../src/core/AxiosHeaders';
import refResolveConfig from 'axios-reference/unsafe/helpers/resolveConfig.js';
import { ref, attempt } from './helpers';

const view = (resolved: any) => ({ url: resolved.url, headers: { ...resolved.headers.toJSON() } });

function same(make: (H: any) => any) {
  const expected = attempt(() => view(refResolveConfig(make(ref.AxiosHeaders))));
  const actual = attempt(() => view(resolveConfig(make(AxiosHeaders))));
  expect(actual).toEqual(expected);
  return actual as any;
}

class Credentials {
  constructor(private user: string, private secret: string) {}
  get username() {
    return this.user;
  }
  get password() {
    return this.secret;
  }
}

describe('resolveConfig against axios', () => {
  const cases: Array<[string, (H: any) => any]> = [
    ['url only', () => ({ url: '/a' })],
    ['baseURL, url and params', () => ({ baseURL: 'http://h.example/api/', url: '/a?x=1#f', params: { b: [1, 2] } })],
    ['absolute url, allowAbsoluteUrls false', () => ({ baseURL: 'http://h.example/', url: 'http://o.example/', allowAbsoluteUrls: false })],
    ['paramsSerializer', () => ({ url: '/a', params: { b: 1 }, paramsSerializer: { serialize: () => 'z=1' } })],
    ['headers as AxiosHeaders', (H) => ({ url: '/a', headers: new H({ 'X-A': '1', Accept: 'x' }) })],
    ['headers as a plain object', () => ({ url: '/a', headers: { 'X-A': '1' } })],
    ['basic auth', () => ({ url: '/a', auth: { username: 'user', password: 'pass' } })],
    ['basic auth replaces an Authorization header', () => ({ url: '/a', auth: { username: 'u', password: 'p' }, headers: { authorization: 'Bearer x' } })],
    ['auth with a unicode password', () => ({ url: '/a', auth: { username: 'u', password: 'päss☃' } })],
    ['auth with a Latin-1 username', () => ({ url: '/a', auth: { username: 'üser', password: 'p' } })],
    ['auth with a non-Latin-1 username', () => ({ url: '/a', auth: { username: 'ü☃', password: 'p' } })],
    ['auth with a non-Latin-1 username and encodeBasicAuthUsername', () => ({ url: '/a', auth: { username: 'ü☃', password: 'p' }, transitional: { encodeBasicAuthUsername: true } })],
    ['auth with only a username', () => ({ url: '/a', auth: { username: 'u' } })],
    ['auth empty', () => ({ url: '/a', auth: {} })],
    ['auth null', () => ({ url: '/a', auth: null })],
    ['auth from a class with getters', () => ({ url: '/a', auth: new Credentials('cls-user', 'cls-pass') })],
    ['auth from a template object', () => ({ url: '/a', auth: Object.create({ username: 'tpl-user', password: 'tpl-pass' }) })],
    ['malformed url', () => ({ url: 'https:host' })],
  ];

  it.each(cases)('%s', (_name, make) => {
    same(make);
  });

  it('pinned values', () => {
    const resolved = view(
      resolveConfig({ baseURL: 'http://h.example/api', url: 'a', params: { q: 'x y' }, auth: { username: 'user', password: 'pass' }, headers: { 'X-A': '1' } })
    );
    expect(resolved).toEqual({
      url: 'http://h.example/api/a?q=x+y',
      headers: { 'X-A': '1', Authorization: 'Basic ' + btoa('user:pass') },
    });
  });

  it('the config passed in is not modified', () => {
    const headers = new AxiosHeaders({ 'X-A': '1' });
    const config = { url: '/a', params: { b: 1 }, headers, auth: { username: 'u', password: 'p' } };
    const resolved = resolveConfig(config);
    expect(config.url).toBe('/a');
    expect(headers.has('authorization')).toBe(false);
    expect(resolved.headers).not.toBe(headers);
  });

  it('a FormData body drops a Content-Type without a boundary, keeps one with it (plume is browser-only: the runtime writes it)', () => {
    const form = new FormData();
    expect(view(resolveConfig({ url: '/a', data: form, headers: { 'Content-Type': 'multipart/form-data' } })).headers).toEqual({});
    expect(view(resolveConfig({ url: '/a', data: form, headers: { 'Content-Type': 'multipart/form-data; boundary=x' } })).headers).toEqual({
      'Content-Type': 'multipart/form-data; boundary=x',
    });
  });

  it('timeout: a positive number of milliseconds, capped at 2^31 - 1; anything else is none (0)', () => {
    const timeouts = [100, '100', 1.5, 100n, 0, -1, NaN, 'abc', null, undefined, Infinity, 2 ** 31, 2 ** 32 + 50, 1e300];
    expect(timeouts.map((timeout) => resolveConfig({ url: '/a', timeout }).timeout)).toEqual([
      100, 100, 1.5, 100, 0, 0, 0, 0, 0, 0, 2 ** 31 - 1, 2 ** 31 - 1, 2 ** 31 - 1, 2 ** 31 - 1,
    ]);
  });
});
