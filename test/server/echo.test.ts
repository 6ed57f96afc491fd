import { describe, expect, it } from 'vitest';
import { useServer } from './helpers';

const server = useServer();

describe('/api/echo', () => {
  it('describes a GET with its url, path, repeated query keys and headers', async () => {
    const res = await fetch(`${server().url}/api/echo/deep/path?a=1&a=2&b=x%20y&c[d]=e`, {
      headers: { 'X-Test-Header': 'Mixed Case', Cookie: 'session=abc; spaced=a%20b' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-echo-method')).toBe('GET');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const echo = await res.json();
    expect(echo.method).toBe('GET');
    expect(echo.url).toBe('/api/echo/deep/path?a=1&a=2&b=x%20y&c[d]=e');
    expect(echo.path).toBe('/api/echo/deep/path');
    expect(echo.query).toEqual({ a: ['1', '2'], b: 'x y', 'c[d]': 'e' });
    expect(echo.headers['x-test-header']).toBe('Mixed Case');
    expect(echo.cookies).toEqual({ session: 'abc', spaced: 'a b' });
    expect(echo.contentType).toBeNull();
    expect(echo.body).toBeNull();
    expect(echo.files).toEqual([]);
    expect(echo.bytes.size).toBe(0);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'QUERY', 'PURGE', 'LINK', 'UNLINK', 'OPTIONS'])(
    'reaches the echo with %s',
    async (method) => {
      const res = await fetch(`${server().url}/api/echo`, {
        method,
        headers: { 'Content-Type': 'text/plain' },
        body: method === 'OPTIONS' ? undefined : `sent with ${method}`,
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-echo-method')).toBe(method);
      const echo = await res.json();
      expect(echo.method).toBe(method);
      if (method !== 'OPTIONS') expect(echo.body).toBe(`sent with ${method}`);
    },
  );

  it('answers HEAD with headers and no body', async () => {
    const res = await fetch(`${server().url}/api/echo?x=1`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-echo-method')).toBe('HEAD');
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(50);
    expect(await res.text()).toBe('');
  });

  it('keeps the raw url bytes even when they need decoding', async () => {
    const res = await fetch(`${server().url}/api/echo?q=%E2%82%AC&plus=a+b&empty=`);
    const echo = await res.json();
    expect(echo.url).toBe('/api/echo?q=%E2%82%AC&plus=a+b&empty=');
    expect(echo.query).toEqual({ q: '€', plus: 'a b', empty: '' });
  });
});

describe('/api/delay/:ms', () => {
  it('waits before echoing', async () => {
    const started = Date.now();
    const res = await fetch(`${server().url}/api/delay/200?tag=slow`, { method: 'POST', body: 'hi' });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(190);
    const echo = await res.json();
    expect(echo.query.tag).toBe('slow');
    expect(echo.method).toBe('POST');
  });

  it('lets an aborting client go early', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    await expect(fetch(`${server().url}/api/delay/5000`, { signal: controller.signal })).rejects.toThrow(/abort/i);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('rejects a non-numeric delay', async () => {
    const res = await fetch(`${server().url}/api/delay/soon`);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/ms/);
  });
});
