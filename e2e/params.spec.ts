import { test, expect, inPage } from './fixtures';

test.describe('params, paramsSerializer, baseURL and allowAbsoluteUrls', () => {
  test('params are serialized as axios does', async ({ page }) => {
    const url = await inPage(page, async () => {
      const response = await axios.get('/api/echo', {
        params: {
          text: 'a b&c=d',
          keep: 'x:y$z,w',
          list: [1, 2],
          nested: { a: { b: 'c' } },
          when: new Date(Date.UTC(2020, 0, 2, 3, 4, 5)),
          yes: true,
          skipped: undefined,
          nothing: null,
        },
      });
      return response.data.url;
    });
    expect(url).toBe(
      '/api/echo?text=a+b%26c%3Dd&keep=x:y$z,w&list%5B%5D=1&list%5B%5D=2&nested%5Ba%5D%5Bb%5D=c&when=2020-01-02T03:04:05.000Z&yes=true'
    );
  });

  test('URLSearchParams params, an existing query string and a #fragment', async ({ page }) => {
    const url = await inPage(page, async () => {
      const response = await axios.get('/api/echo?first=1#fragment', { params: new URLSearchParams([['second', '2 3']]) });
      return response.data.url;
    });
    expect(url).toBe('/api/echo?first=1&second=2+3');
  });

  test('paramsSerializer: indexes, dots, encode, serialize, and a plain function', async ({ page }) => {
    const urls = await inPage(page, async () => {
      const params = { list: ['a', 'b'], obj: { k: 'v' } };
      const get = (paramsSerializer: any) => axios.get('/api/echo', { params, paramsSerializer }).then((r) => r.data.url);
      return {
        indexes: await get({ indexes: true }),
        noBrackets: await get({ indexes: null }),
        dots: await get({ dots: true }),
        encode: await get({ encode: (value: string) => String(value).toUpperCase() }),
        serialize: await get({ serialize: (p: any) => 'count=' + Object.keys(p).length }),
        fn: await get((p: any) => 'fn=' + p.list.join('|')),
      };
    });
    expect(urls).toEqual({
      indexes: '/api/echo?list%5B0%5D=a&list%5B1%5D=b&obj%5Bk%5D=v',
      noBrackets: '/api/echo?list=a&list=b&obj%5Bk%5D=v',
      dots: '/api/echo?list%5B%5D=a&list%5B%5D=b&obj.k=v',
      encode: '/api/echo?LIST[]=A&LIST[]=B&OBJ[K]=V',
      serialize: '/api/echo?count=2',
      fn: '/api/echo?fn=a|b',
    });
  });

  test('a paramsSerializer with a wrong type is ERR_BAD_OPTION_VALUE', async ({ page }) => {
    const result = await inPage(page, () =>
      settle(axios.get('/api/echo', { params: { a: 1 }, paramsSerializer: { encode: 'nope' as any } }))
    );
    expect(result.error).toMatchObject({ code: 'ERR_BAD_OPTION_VALUE', message: 'option encode must be a function' });
  });

  test('baseURL joins relative URLs with one slash', async ({ page }) => {
    const paths = await inPage(page, async () => {
      const instance = axios.create({ baseURL: '/api/' });
      return [
        (await instance.get('/echo/one')).data.path,
        (await instance.get('echo/two')).data.path,
        (await axios.get('echo/three', { baseURL: '/api' })).data.path,
        (await axios.get('', { baseURL: '/api/echo/four' })).data.path,
      ];
    });
    expect(paths).toEqual(['/api/echo/one', '/api/echo/two', '/api/echo/three', '/api/echo/four']);
  });

  test('a URL object as baseURL or url is read as its text (axios throws a TypeError)', async ({ page }) => {
    const result = await inPage(page, async () => {
      const instance = axios.create({ baseURL: new URL('/api/echo/', location.href) as any });
      return {
        origin: location.origin,
        paths: [
          (await instance.get('one')).data.path,
          (await instance.get(new URL('/api/echo/two', location.href) as any)).data.path,
          (await instance.get(new URL('/api/echo/three', location.href) as any, { allowAbsoluteUrls: false })).data.path,
        ],
      };
    });
    expect(result.paths).toEqual(['/api/echo/one', '/api/echo/two', '/api/echo/' + result.origin + '/api/echo/three']);
  });

  test('absolute URLs bypass baseURL unless allowAbsoluteUrls is false', async ({ page }) => {
    const result = await inPage(page, async () => {
      const origin = location.origin;
      const instance = axios.create({ baseURL: origin + '/api/echo/base' });
      const absolute = await instance.get(origin + '/api/echo/absolute');
      const kept = await instance.get(origin + '/api/echo/absolute', { allowAbsoluteUrls: false });
      const uri = instance.getUri({ url: '//elsewhere.test/x', allowAbsoluteUrls: false });
      return { absolute: absolute.data.path, kept: kept.data.path, uri, origin };
    });
    expect(result.absolute).toBe('/api/echo/absolute');
    // Kept under baseURL: the absolute URL becomes a path below it.
    expect(result.kept).toBe('/api/echo/base/' + result.origin + '/api/echo/absolute');
    expect(result.uri).toBe(result.origin + '/api/echo/base/elsewhere.test/x');
  });

  test('getUri builds the same URL the request uses', async ({ page }) => {
    const result = await inPage(page, async () => {
      const config = { baseURL: '/api', url: '/echo', params: { q: 'a b', n: [1] } };
      const response = await axios.request(config);
      return { uri: axios.getUri(config), sent: response.data.url };
    });
    expect(result).toEqual({ uri: '/api/echo?q=a+b&n%5B%5D=1', sent: '/api/echo?q=a+b&n%5B%5D=1' });
  });

  test('a scheme without slashes (https:host) is ERR_INVALID_URL, not a silent redirect of the request', async ({ page }) => {
    const result = await inPage(page, () =>
      settle(axios.get('https:user:secret@evil.test/path', { baseURL: '/api' }))
    );
    expect(result.error).toMatchObject({ code: 'ERR_INVALID_URL', isAxiosError: true });
    expect(result.error.message).not.toContain('secret');
  });
});
