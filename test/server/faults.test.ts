import { describe, expect, it } from 'vitest';
import { rawExchange, useServer } from './helpers';

const server = useServer();
const pending = async () => (await (await fetch(`${server().url}/api/never/pending`)).json()).pending;

describe('/api/never', () => {
  it('never answers, and forgets the request once the client aborts', async () => {
    const controller = new AbortController();
    const request = fetch(`${server().url}/api/never`, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await pending()).toBe(1);
    controller.abort();
    await expect(request).rejects.toMatchObject({ name: 'AbortError' });
    // The server hears the disconnect a moment later.
    for (let i = 0; i < 50 && (await pending()) !== 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await pending()).toBe(0);
  });
});

describe('/api/cut', () => {
  it('sends headers and part of the body, then drops the connection', async () => {
    const res = await fetch(`${server().url}/api/cut?after=25`);
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(25);
    await expect(res.text()).rejects.toThrow(/terminated/);
  });

  it('writes exactly N body bytes before the cut', async () => {
    const raw = (await rawExchange(server().url, 'GET /api/cut?after=7 HTTP/1.1\r\nHost: x\r\n\r\n')).toString();
    const [head, body] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(head).toMatch(/Content-Length: 1038/i);
    expect(body).toBe('xxxxxxx');
  });

  it('with ?after=0 the connection drops right after the headers', async () => {
    const raw = (await rawExchange(server().url, 'GET /api/cut?after=0 HTTP/1.1\r\nHost: x\r\n\r\n')).toString();
    expect(raw).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*Content-Length: 1024\r\n[\s\S]*\r\n\r\n$/i);
  });
});

describe('/api/malformed-json', () => {
  it('serves invalid JSON labelled as JSON', async () => {
    const res = await fetch(`${server().url}/api/malformed-json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await res.text();
    expect(text).toBe('{"broken": tru');
    expect(() => JSON.parse(text)).toThrow();
  });

  it('can come with an error status', async () => {
    const res = await fetch(`${server().url}/api/malformed-json?status=500`);
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('{"broken": tru');
  });
});

describe('/api/bad-headers', () => {
  it('writes a header line without a colon between good headers', async () => {
    const raw = (await rawExchange(
      server().url,
      'GET /api/bad-headers HTTP/1.1\r\nHost: x\r\nOrigin: http://elsewhere.test\r\n\r\n',
    )).toString();
    const [head, body] = raw.split('\r\n\r\n');
    const lines = head.split('\r\n');
    expect(lines[0]).toBe('HTTP/1.1 200 OK');
    expect(lines).toContain('This line has no colon');
    expect(lines).toContain('X-After-Bad-Line: kept');
    expect(lines).toContain('Access-Control-Allow-Origin: http://elsewhere.test');
    expect(lines).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
    expect(body).toBe('body after a malformed header line\n');
  });

  it('is rejected by a strict parser such as Node fetch', async () => {
    await expect(fetch(`${server().url}/api/bad-headers`)).rejects.toMatchObject({
      cause: { code: 'HPE_INVALID_HEADER_TOKEN' },
    });
  });
});

describe('error replies', () => {
  it('unknown API paths are 404 JSON', async () => {
    const res = await fetch(`${server().url}/api/does/not/exist?x=1`);
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ error: 'not found', path: '/api/does/not/exist' });
  });

  it.each(['', '?async=1'])('a throwing route%s gives 500 JSON and the server lives on', async (query) => {
    const res = await fetch(`${server().url}/api/throw${query}`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: 'internal error', message: 'deliberate failure' });
    expect((await fetch(`${server().url}/api/echo`)).status).toBe(200);
  });

  it('a client vanishing mid-upload does not take the server down', async () => {
    const { hostname, port } = new URL(server().url);
    const net = await import('node:net');
    await new Promise<void>((resolve) => {
      const socket = net.connect(Number(port), hostname, () => {
        socket.write('POST /api/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\npartial');
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
    });
    expect((await fetch(`${server().url}/api/echo`)).status).toBe(200);
  });
});
