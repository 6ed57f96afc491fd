import { createHash } from 'node:crypto';
import { Router } from 'express';
import { streamBody } from '../lib/read-body.mjs';
import { patternSlice } from '../lib/pattern.mjs';
import { flagParam, intParam, single } from '../lib/params.mjs';
import { drained, waitUnlessClosed } from '../lib/timing.mjs';

const MAX_BYTES = 64 * 1024 * 1024;
const UPLOAD_LIMIT = 128 * 1024 * 1024;
const DEFAULT_CHUNK = 64 * 1024;
const MAX_CHUNK = 1024 * 1024;
const MAX_INTERVAL = 10_000;

// Writes `total` pattern bytes in `chunkSize` pieces, pausing `interval` ms
// between pieces and whenever the socket buffer is full.
async function writePattern(res, total, chunkSize, interval) {
  let offset = 0;
  while (offset < total) {
    if (res.destroyed) return;
    const length = Math.min(chunkSize, total - offset);
    const ok = res.write(patternSlice(offset, length));
    offset += length;
    if (!ok) await drained(res);
    if (interval > 0 && offset < total && !(await waitUnlessClosed(res, interval))) return;
  }
  res.end();
}

export function streamRoutes() {
  const router = Router();

  // /api/bytes/:n?chunked=1&chunk=SIZE&interval=MS&type=...
  router.all('/bytes/:n', async (req, res) => {
    const total = intParam(req.params.n, 'n', { max: MAX_BYTES });
    const chunkSize = intParam(req.query.chunk, 'chunk', { fallback: DEFAULT_CHUNK, min: 1, max: MAX_CHUNK });
    const interval = intParam(req.query.interval, 'interval', { fallback: 0, max: MAX_INTERVAL });
    // setHeader, not res.set: Express would add "; charset=utf-8" to text types.
    res.status(200).setHeader('Content-Type', single(req.query.type) || 'application/octet-stream');
    // Without a Content-Length Node frames the body with chunked encoding.
    if (!flagParam(req.query.chunked)) res.set('Content-Length', String(total));
    if (req.method === 'HEAD') return res.end();
    await writePattern(res, total, chunkSize, interval);
  });

  // /api/slow-body?chunks=N&interval=MS: headers now, then text a bit at a time.
  router.all('/slow-body', async (req, res) => {
    const chunks = intParam(req.query.chunks, 'chunks', { fallback: 5, max: 1000 });
    const interval = intParam(req.query.interval, 'interval', { fallback: 100, max: MAX_INTERVAL });
    res.status(200).set('Content-Type', 'text/plain; charset=utf-8');
    res.flushHeaders();
    for (let i = 0; i < chunks; i++) {
      if (i > 0 && !(await waitUnlessClosed(res, interval))) return;
      res.write(`chunk ${i}\n`);
    }
    res.end();
  });

  // An upload sink: hashes the body as it streams in, never holding it whole.
  const upload = async (req, res) => {
    const hash = createHash('sha256');
    const bytes = await streamBody(req, UPLOAD_LIMIT, (chunk) => hash.update(chunk));
    res.json({ bytes, sha256: hash.digest('hex'), contentType: req.headers['content-type'] ?? null });
  };
  router.route('/upload').post(upload).put(upload).patch(upload);

  return router;
}
