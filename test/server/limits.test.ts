import { describe, expect, it } from 'vitest';
import { sha256, useServer } from './helpers';

const server = useServer();
const MiB = 1024 * 1024;

describe('body size limits', () => {
  it('accepts an echo body of exactly 10 MiB', async () => {
    const body = Buffer.alloc(10 * MiB, 7);
    const res = await fetch(`${server().url}/api/echo`, { method: 'POST', body });
    expect(res.status).toBe(200);
    expect((await res.json()).bytes.size).toBe(10 * MiB);
  });

  it('answers 413 one byte past the echo limit', async () => {
    const res = await fetch(`${server().url}/api/echo`, { method: 'POST', body: Buffer.alloc(10 * MiB + 1) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'payload too large' });
  });

  it('answers 413 to an oversized chunked body, and keeps serving', async () => {
    const body = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 11; i++) controller.enqueue(new Uint8Array(MiB));
        controller.close();
      },
    });
    const res = await fetch(`${server().url}/api/delay/0`, { method: 'POST', body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toBe('payload too large');
    const after = await fetch(`${server().url}/api/echo?still=alive`);
    expect((await after.json()).query.still).toBe('alive');
  });

  it('streams an upload into the sink and reports size and digest', async () => {
    const body = Buffer.alloc(3 * MiB + 5);
    for (let i = 0; i < body.length; i++) body[i] = (i * 31) % 251;
    const res = await fetch(`${server().url}/api/upload`, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/x-test' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ bytes: body.length, sha256: sha256(body), contentType: 'application/x-test' });
  });

  it.each(['PUT', 'PATCH'])('accepts %s uploads', async (method) => {
    const res = await fetch(`${server().url}/api/upload`, { method, body: 'abc' });
    expect(await res.json()).toMatchObject({ bytes: 3, sha256: sha256('abc') });
  });

  it('accepts an upload of exactly 128 MiB', async () => {
    const res = await fetch(`${server().url}/api/upload`, { method: 'POST', body: Buffer.alloc(128 * MiB) });
    expect(res.status).toBe(200);
    expect((await res.json()).bytes).toBe(128 * MiB);
  });

  it('answers 413 past the 128 MiB upload limit', async () => {
    const res = await fetch(`${server().url}/api/upload`, { method: 'PUT', body: Buffer.alloc(128 * MiB + 1) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'payload too large' });
  });

  it('refuses GET on the upload sink', async () => {
    const res = await fetch(`${server().url}/api/upload`);
    expect(res.status).toBe(404);
  });
});
