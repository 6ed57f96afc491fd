import { createHash } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer, type ServerOptions } from '../../server/index.mjs';

export type { RunningServer };

// One server per test file, on ephemeral ports; `server()` is valid inside tests.
export function useServer(options: ServerOptions = {}): () => RunningServer {
  let running: RunningServer | undefined;
  beforeAll(async () => {
    running = await startServer({ port: 0, crossPort: 0, ...options });
  });
  afterAll(async () => {
    await running?.close();
  });
  return () => {
    if (!running) throw new Error('server not started');
    return running;
  };
}

export const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

// The server's deterministic payload: byte i is i % 256.
export function pattern(length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = i % 256;
  return out;
}

// Sends bytes as-is and returns everything the server wrote until it closed.
export function rawExchange(url: string, request: string): Promise<Buffer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(Number(port), hostname, () => socket.write(request));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks)));
    socket.on('error', reject);
  });
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  chunks: { at: number; size: number }[];
  body: Buffer;
}

// node:http, for what fetch hides: framing headers and when each chunk arrived.
export function httpGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const req = http.get(url, { headers, agent: false }, (res) => {
      const chunks: { at: number; size: number }[] = [];
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        chunks.push({ at: Date.now() - started, size: chunk.length });
        parts.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, chunks, body: Buffer.concat(parts) }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}
