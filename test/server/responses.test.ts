import { describe, expect, it } from 'vitest';
import { useServer } from './helpers';

const server = useServer();
const get = (path: string, init?: RequestInit) => fetch(`${server().url}${path}`, init);

describe('/api/status/:code', () => {
  it('defaults to a JSON body naming the status', async () => {
    const res = await get('/api/status/418');
    expect(res.status).toBe(418);
    expect(await res.json()).toEqual({ status: 418 });
  });

  it('uses ?body and ?type', async () => {
    const res = await get('/api/status/500?body=%3Ch1%3Eoops%3C%2Fh1%3E&type=text/html');
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(await res.text()).toBe('<h1>oops</h1>');
  });

  it('defaults a custom body to text/plain', async () => {
    const res = await get('/api/status/201?body=made', { method: 'POST' });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('made');
  });

  it('sends no body for 204', async () => {
    const res = await get('/api/status/204');
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });

  it.each(['100', '101', '199', '600', '99', 'abc', '2000'])('rejects %s with 400', async (code) => {
    const res = await get(`/api/status/${code}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/status/);
  });
});

describe('documents', () => {
  it('/api/html is an HTML page with a title and #greeting', async () => {
    const res = await get('/api/html');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toMatch(/<title>Echo server page<\/title>/);
    expect(html).toMatch(/<p id="greeting">Hello from the echo server<\/p>/);
  });

  it('/api/xml is an XML document with child elements', async () => {
    const res = await get('/api/xml');
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await res.text();
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml.match(/<book id="\d">/g)).toHaveLength(3);
  });

  it('/api/binary is the 256 bytes 0..255', async () => {
    const res = await get('/api/binary');
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual(Array.from({ length: 256 }, (_, i) => i));
  });

  it('/api/text returns ?body as text/plain', async () => {
    const res = await get('/api/text?body=hi%20there');
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe('hi there');
    expect(await (await get('/api/text')).text()).toBe('Hello from the echo server');
  });
});

describe('/api/encoded/:charset', () => {
  it.each([
    ['iso-8859-1', 'café ñ', [0x63, 0x61, 0x66, 0xe9, 0x20, 0xf1]],
    ['windows-1252', '€ café', [0x80, 0x20, 0x63, 0x61, 0x66, 0xe9]],
    ['shift_jis', '日本', [0x93, 0xfa, 0x96, 0x7b]],
    ['utf-16le', 'café ✓', [...Buffer.from('café ✓', 'utf16le')]],
    ['utf-8', 'café ✓', [...Buffer.from('café ✓')]],
    ['no-such-charset', 'café ✓', [...Buffer.from('café ✓')]],
  ])('%s: the text in that encoding, labelled with it', async (charset, text, bytes) => {
    const res = await get(`/api/encoded/${charset}`);
    expect(res.headers.get('content-type')).toBe(`text/plain; charset=${charset}`);
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual(bytes);
    const json = await get(`/api/encoded/${charset}?json=1`);
    expect(json.headers.get('content-type')).toBe(`application/json;charset="${charset}"`);
    if (charset !== 'utf-16le') expect(Buffer.from(await json.arrayBuffer()).toString('latin1')).toMatch(/^\{"text":"[^"]+"\}$/);
  });

  it.each([
    ['utf-8', [0xef, 0xbb, 0xbf, ...Buffer.from('café ñ')]],
    ['utf-16le', [0xff, 0xfe, ...Buffer.from('café ñ', 'utf16le')]],
    ['utf-16be', [0xfe, 0xff, ...Buffer.from('café ñ', 'utf16le').swap16()]],
  ])('?bom=%s: the same text in that encoding after its byte order mark, under the route\'s label', async (bom, bytes) => {
    const res = await get(`/api/encoded/iso-8859-1?bom=${bom}`);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=iso-8859-1');
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual(bytes);
  });

  it('refuses a byte order mark it does not know', async () => {
    const res = await get('/api/encoded/utf-8?bom=utf-32');
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/bom must be one of/);
  });

  it('refuses a charset it has no sample for', async () => {
    const res = await get('/api/encoded/koi8-r');
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/charset must be one of/);
  });
});

describe('/api/redirect', () => {
  it('redirects to a local path with the chosen status', async () => {
    const res = await get('/api/redirect?to=%2Fapi%2Fecho%3Ffrom%3Dredirect&status=307', { redirect: 'manual' });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('/api/echo?from=redirect');
  });

  it('is followed to the echo by default (302)', async () => {
    const res = await get('/api/redirect');
    expect(res.redirected).toBe(true);
    expect((await res.json()).path).toBe('/api/echo');
  });

  it.each(['http://evil.example/', '//evil.example/', '/\\evil.example', 'relative'])(
    'refuses %s (no open redirect)',
    async (to) => {
      const res = await get(`/api/redirect?to=${encodeURIComponent(to)}`, { redirect: 'manual' });
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
    },
  );

  it('refuses a non-redirect status', async () => {
    expect((await get('/api/redirect?status=200', { redirect: 'manual' })).status).toBe(400);
  });
});

describe('/api/headers and /api/set-cookies', () => {
  it('sets each query pair as a header, repeated keys as repeated headers', async () => {
    const res = await get('/api/headers?X-Custom-Header=hello&X-Multi=a&X-Multi=b&Content-Disposition=attachment%3B%20filename%3D%22a.txt%22');
    expect(res.headers.get('x-custom-header')).toBe('hello');
    expect(res.headers.get('x-multi')).toBe('a, b');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="a.txt"');
    expect(await res.json()).toEqual({
      headers: { 'X-Custom-Header': 'hello', 'X-Multi': ['a', 'b'], 'Content-Disposition': 'attachment; filename="a.txt"' },
    });
  });

  it.each(['Bad%20Name=1', 'X(y)=1', 'Content-Length=5', 'X-Ok=a%0D%0AInjected:%201'])('rejects %s with 400', async (query) => {
    const res = await get(`/api/headers?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('injected')).toBeNull();
  });

  it('/api/set-cookies sends two Set-Cookie headers', async () => {
    const res = await get('/api/set-cookies');
    expect(res.headers.getSetCookie()).toEqual(['first=one; Path=/', 'second=two; Path=/']);
  });
});

describe('cookies', () => {
  it('/api/cookie sets one cookie with the requested attributes', async () => {
    const res = await get('/api/cookie?name=session&value=a%20b&path=/api&httpOnly=1&sameSite=strict&maxAge=60');
    expect(await res.json()).toEqual({ set: { name: 'session', value: 'a b' } });
    const [cookie] = res.headers.getSetCookie();
    expect(cookie).toMatch(/^session=a%20b; /);
    expect(cookie).toMatch(/Max-Age=60;/);
    expect(cookie).toMatch(/Path=\/api;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('/api/cookie defaults to path / and no HttpOnly', async () => {
    const [cookie] = (await get('/api/cookie?name=plain&value=1')).headers.getSetCookie();
    expect(cookie).toBe('plain=1; Path=/');
  });

  it('/api/cookie needs a valid name and sameSite', async () => {
    expect((await get('/api/cookie?value=1')).status).toBe(400);
    expect((await get('/api/cookie?name=a;b&value=1')).status).toBe(400);
    expect((await get('/api/cookie?name=a&sameSite=sometimes')).status).toBe(400);
  });

  it('/api/cookie/clear expires the cookie', async () => {
    const res = await get('/api/cookie/clear?name=session');
    expect(await res.json()).toEqual({ cleared: 'session' });
    const [cookie] = res.headers.getSetCookie();
    expect(cookie).toMatch(/^session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT/);
  });

  it('/api/xsrf sets a script-readable XSRF-TOKEN', async () => {
    const res = await get('/api/xsrf');
    expect(await res.json()).toEqual({ token: 'xsrf-token-value' });
    expect(res.headers.getSetCookie()).toEqual(['XSRF-TOKEN=xsrf-token-value; Path=/']);
    const custom = await get('/api/xsrf?value=abc123');
    expect(await custom.json()).toEqual({ token: 'abc123' });
    expect(custom.headers.getSetCookie()[0]).toBe('XSRF-TOKEN=abc123; Path=/');
  });

  it('cookies sent back are parsed by the echo', async () => {
    const res = await get('/api/echo', { headers: { Cookie: 'XSRF-TOKEN=abc123; session=a%20b' } });
    expect((await res.json()).cookies).toEqual({ 'XSRF-TOKEN': 'abc123', session: 'a b' });
  });
});
