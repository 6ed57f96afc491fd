import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/index.mjs';
import { useServer, type RunningServer } from './helpers';

const server = useServer();
const EXPOSED = 'Content-Length, Content-Type, Content-Disposition, X-Custom-Header, X-Echo-Method';

// The page lives on the main port; requests go to the cross port.
const pageOrigin = () => server().url;
const cross = (path: string) => `${server().crossUrl}${path}`;

describe('CORS on cross-origin requests', () => {
  it('the two ports are different origins served by the same app', async () => {
    expect(server().crossPort).not.toBe(server().port);
    const res = await fetch(cross('/api/echo?from=cross'));
    expect((await res.json()).query.from).toBe('cross');
  });

  it('adds nothing for same-origin or Origin-less requests', async () => {
    for (const headers of [{}, { Origin: server().crossUrl }] as Record<string, string>[]) {
      const res = await fetch(cross('/api/echo'), { headers });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('reflects the origin with credentials by default', async () => {
    const res = await fetch(cross('/api/echo'), { method: 'POST', headers: { Origin: pageOrigin() }, body: 'x' });
    expect(res.headers.get('access-control-allow-origin')).toBe(pageOrigin());
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('vary')).toBe('Origin');
    expect(res.headers.get('access-control-expose-headers')).toBe(EXPOSED);
    expect(res.headers.get('x-echo-method')).toBe('POST');
  });

  it('puts CORS headers on errors too, so the browser can read them', async () => {
    for (const path of ['/api/missing', '/api/status/503']) {
      const res = await fetch(cross(path), { headers: { Origin: pageOrigin() } });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('access-control-allow-origin')).toBe(pageOrigin());
    }
  });

  it('?cors=wildcard sends * and no credentials header', async () => {
    const res = await fetch(cross('/api/echo?cors=wildcard'), { headers: { Origin: pageOrigin() } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toBe(EXPOSED);
  });

  it('?cors=none sends no CORS headers at all', async () => {
    const res = await fetch(cross('/api/echo?cors=none'), { headers: { Origin: pageOrigin() } });
    expect(res.status).toBe(200);
    const corsNames = [...res.headers.keys()].filter((name) => name.startsWith('access-control-'));
    expect(corsNames).toEqual([]);
  });

  it('exposes the headers /api/headers sets', async () => {
    const res = await fetch(cross('/api/headers?X-Custom-Header=hello&X-Other=1'), { headers: { Origin: pageOrigin() } });
    expect(res.headers.get('x-custom-header')).toBe('hello');
    expect(res.headers.get('access-control-expose-headers')).toBe(`${EXPOSED}, X-Custom-Header, X-Other`);
  });
});

describe('CORS preflight', () => {
  const preflight = (query = '', extra: Record<string, string> = {}) =>
    fetch(cross(`/api/echo${query}`), {
      method: 'OPTIONS',
      headers: {
        Origin: pageOrigin(),
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'content-type,x-requested-with',
        ...extra,
      },
    });

  it('answers 204 with methods, the requested headers and max-age', async () => {
    const res = await preflight();
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(pageOrigin());
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('access-control-allow-methods')).toBe(
      'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, QUERY, PURGE, LINK, UNLINK',
    );
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type,x-requested-with');
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('x-echo-method')).toBeNull(); // never reached the echo
    expect(await res.text()).toBe('');
  });

  it('respects ?cors=wildcard', async () => {
    const res = await preflight('?cors=wildcard');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('access-control-allow-methods')).toContain('QUERY');
  });

  it('respects ?cors=none', async () => {
    const res = await preflight('?cors=none');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('a plain OPTIONS (no request method header) reaches the echo', async () => {
    const res = await fetch(cross('/api/echo'), { method: 'OPTIONS', headers: { Origin: pageOrigin() } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-echo-method')).toBe('OPTIONS');
    expect(res.headers.get('access-control-allow-methods')).toBeNull();
  });
});

describe('primaryOrigins', () => {
  let other: RunningServer;
  beforeAll(async () => {
    other = await startServer({ port: 0, crossPort: 0, primaryOrigins: ['http://docs.example'] });
  });
  afterAll(() => other.close());

  it('treats listed origins as the server\'s own', async () => {
    const own = await fetch(`${other.url}/api/echo`, { headers: { Origin: 'http://docs.example' } });
    expect(own.headers.get('access-control-allow-origin')).toBeNull();
    const foreign = await fetch(`${other.url}/api/echo`, { headers: { Origin: 'http://elsewhere.example' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBe('http://elsewhere.example');
  });
});
