import { describe, expect, it } from 'vitest';
import { sha256, useServer } from './helpers';

const server = useServer();

async function echo(init: RequestInit) {
  const res = await fetch(`${server().url}/api/echo`, { method: 'POST', ...init });
  return { status: res.status, json: await res.json() };
}

describe('echo body handling', () => {
  it('parses JSON and keeps its raw text', async () => {
    const text = '{"name":"axios","list":[1,2,{"deep":true}],"nothing":null}';
    const { status, json } = await echo({ body: text, headers: { 'Content-Type': 'application/json;charset=utf-8' } });
    expect(status).toBe(200);
    expect(json.contentType).toBe('application/json;charset=utf-8');
    expect(json.body).toEqual({ name: 'axios', list: [1, 2, { deep: true }], nothing: null });
    expect(json.raw).toBe(text);
  });

  it('parses a JSON scalar', async () => {
    const { json } = await echo({ body: '"just a string"', headers: { 'Content-Type': 'application/json' } });
    expect(json.body).toBe('just a string');
  });

  it('answers malformed JSON with 400 invalid json', async () => {
    const { status, json } = await echo({ body: '{"a": tru', headers: { 'Content-Type': 'application/json' } });
    expect(status).toBe(400);
    expect(json).toEqual({ error: 'invalid json' });
  });

  it('decodes urlencoded fields and keeps the exact raw body', async () => {
    const raw = 'a=1&a=2&b%5Bc%5D=x+y&arr%5B%5D=z&e=%E2%82%AC&empty=';
    const { json } = await echo({ body: raw, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(json.raw).toBe(raw);
    expect(json.body).toEqual({ a: ['1', '2'], 'b[c]': 'x y', 'arr[]': 'z', e: '€', empty: '' });
  });

  it('splits multipart into text fields and files, names kept verbatim', async () => {
    const form = new FormData();
    form.append('plain', 'value');
    form.append('a[b]', 'nested-looking');
    form.append('arr[]', 'one');
    form.append('arr[]', 'two');
    form.append('unicode', 'héllo €');
    form.append('doc', new Blob(['hello file'], { type: 'text/plain' }), 'hello.txt');
    const big = new Uint8Array(5000).fill(65);
    form.append('big', new Blob([big], { type: 'application/octet-stream' }), 'big.bin');
    const { status, json } = await echo({ body: form });
    expect(status).toBe(200);
    expect(json.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(json.body).toEqual({
      plain: 'value',
      'a[b]': 'nested-looking',
      'arr[]': ['one', 'two'],
      unicode: 'héllo €',
    });
    expect(json.files).toEqual([
      { field: 'doc', name: 'hello.txt', type: 'text/plain', size: 10, sha256: sha256('hello file'), text: 'hello file' },
      { field: 'big', name: 'big.bin', type: 'application/octet-stream', size: 5000, sha256: sha256(big) },
    ]);
  });

  it('reads a hand-written multipart body, including an empty file', async () => {
    const body = [
      '--XyZ',
      'Content-Disposition: form-data; name="note"',
      '',
      'line1\r\nline2',
      '--XyZ',
      'Content-Disposition: form-data; name="empty"; filename=""',
      'Content-Type: application/octet-stream',
      '',
      '',
      '--XyZ--',
      '',
    ].join('\r\n');
    const { json } = await echo({ body, headers: { 'Content-Type': 'multipart/form-data; boundary="XyZ"' } });
    expect(json.body).toEqual({ note: 'line1\r\nline2' });
    expect(json.files).toEqual([
      { field: 'empty', name: '', type: 'application/octet-stream', size: 0, sha256: sha256(''), text: '' },
    ]);
  });

  it('rejects multipart without a matching boundary', async () => {
    const { status, json } = await echo({ body: 'nothing here', headers: { 'Content-Type': 'multipart/form-data; boundary=abc' } });
    expect(status).toBe(400);
    expect(json.error).toBe('invalid multipart');
  });

  it('returns text bodies as strings', async () => {
    const { json } = await echo({ body: 'plain ünïcode text', headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    expect(json.body).toBe('plain ünïcode text');
    expect(json.raw).toBe('plain ünïcode text');
  });

  it('honours a text charset', async () => {
    const latin1 = Buffer.from('café', 'latin1');
    const { json } = await echo({ body: latin1, headers: { 'Content-Type': 'text/plain; charset=iso-8859-1' } });
    expect(json.body).toBe('café');
  });

  it('summarizes binary bodies instead of decoding them', async () => {
    const bytes = new Uint8Array(300).map((_, i) => (i * 7) % 256);
    const { json } = await echo({ body: bytes, headers: { 'Content-Type': 'application/octet-stream' } });
    expect(json.body).toBeNull();
    expect(json.raw).toBeNull();
    expect(json.bytes).toEqual({ size: 300, sha256: sha256(bytes), firstBytes: [...bytes.subarray(0, 16)] });
  });

  it('treats a body without a content type as binary', async () => {
    const res = await fetch(`${server().url}/api/echo`, { method: 'PUT', body: new Blob([new Uint8Array([1, 2, 3])]) });
    const json = await res.json();
    expect(json.contentType).toBeNull();
    expect(json.body).toBeNull();
    expect(json.bytes).toEqual({ size: 3, sha256: sha256(new Uint8Array([1, 2, 3])), firstBytes: [1, 2, 3] });
  });
});
