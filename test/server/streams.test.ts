import { describe, expect, it } from 'vitest';
import { httpGet, pattern, useServer } from './helpers';

const server = useServer();

describe('/api/bytes/:n', () => {
  it('sends n pattern bytes with a Content-Length', async () => {
    const res = await fetch(`${server().url}/api/bytes/70000`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-length')).toBe('70000');
    expect(Buffer.from(await res.arrayBuffer()).equals(pattern(70000))).toBe(true);
  });

  it('streams without a Content-Length when ?chunked=1', async () => {
    const res = await httpGet(`${server().url}/api/bytes/5000?chunked=1`);
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.body.equals(pattern(5000))).toBe(true);
  });

  it('paces chunks of ?chunk bytes every ?interval ms', async () => {
    const res = await httpGet(`${server().url}/api/bytes/4000?chunk=1000&interval=60`);
    expect(res.body.equals(pattern(4000))).toBe(true);
    expect(res.chunks.length).toBe(4);
    expect(res.chunks.map((c) => c.size)).toEqual([1000, 1000, 1000, 1000]);
    // Four chunks, three pauses between them.
    expect(res.chunks[3].at - res.chunks[0].at).toBeGreaterThanOrEqual(170);
  });

  it('keeps the pattern aligned across odd chunk sizes', async () => {
    const res = await fetch(`${server().url}/api/bytes/1000?chunk=333`);
    expect(Buffer.from(await res.arrayBuffer()).equals(pattern(1000))).toBe(true);
  });

  it('lets ?type override the content type', async () => {
    const res = await fetch(`${server().url}/api/bytes/3?type=text/plain`);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([0, 1, 2]);
  });

  it('caps n at 64 MiB', async () => {
    const res = await fetch(`${server().url}/api/bytes/999999999`, { method: 'HEAD' });
    expect(res.headers.get('content-length')).toBe(String(64 * 1024 * 1024));
  });

  it('serves a large body intact under backpressure', async () => {
    const size = 20 * 1024 * 1024 + 17;
    const res = await fetch(`${server().url}/api/bytes/${size}`);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBe(size);
    expect(body.equals(pattern(size))).toBe(true);
  });

  it('sends an empty body for n = 0 and rejects garbage', async () => {
    const empty = await fetch(`${server().url}/api/bytes/0`);
    expect(empty.headers.get('content-length')).toBe('0');
    expect((await empty.arrayBuffer()).byteLength).toBe(0);
    expect((await fetch(`${server().url}/api/bytes/-5`)).status).toBe(400);
    expect((await fetch(`${server().url}/api/bytes/10?chunk=big`)).status).toBe(400);
  });
});

describe('/api/slow-body', () => {
  it('sends headers at once, then chunks over time', async () => {
    const res = await httpGet(`${server().url}/api/slow-body?chunks=4&interval=60`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body.toString()).toBe('chunk 0\nchunk 1\nchunk 2\nchunk 3\n');
    expect(res.chunks.length).toBe(4);
    expect(res.chunks[3].at - res.chunks[0].at).toBeGreaterThanOrEqual(170);
  });
});
