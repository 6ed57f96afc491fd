import { Router } from 'express';
import { corsHeaders } from '../lib/cors.mjs';
import { intParam } from '../lib/params.mjs';

const MAX_CUT = 1024 * 1024;

// Responses that go wrong on purpose, for the client's error paths.
export function faultRoutes({ ownOrigins }) {
  const router = Router();
  const hanging = new Set();

  // Never answers. The request is only remembered until its connection closes
  // (client abort, or the server's close() destroying the socket).
  router.all('/never', (req, res) => {
    hanging.add(res);
    res.once('close', () => hanging.delete(res));
  });
  // How many /api/never requests are still held: lets a test see an abort land.
  router.get('/never/pending', (req, res) => {
    res.json({ pending: hanging.size });
  });

  // Promises more bytes than it sends, then drops the connection mid-body.
  router.all('/cut', (req, res) => {
    const after = intParam(req.query.after, 'after', { fallback: 10, max: MAX_CUT });
    res.writeHead(200, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(after * 2 + 1024),
    });
    res.flushHeaders();
    // The write callback runs once the bytes are handed to the kernel, so the
    // client gets headers and the partial body before the socket goes.
    const cut = () => res.socket?.destroy();
    if (after > 0) res.write(Buffer.alloc(after, 'x'), cut);
    else res.socket?.write('', cut);
  });

  router.all('/malformed-json', (req, res) => {
    const status = intParam(req.query.status, 'status', { fallback: 200, min: 200, max: 599 });
    res.status(status).set('Content-Type', 'application/json; charset=utf-8').send('{"broken": tru');
  });

  // A deliberate bug, to show that a throwing route gives 500 and nothing worse.
  router.all('/throw', async (req) => {
    if (req.query.async) await Promise.resolve();
    throw new Error('deliberate failure');
  });

  // A response whose header block holds a line without a colon, written straight
  // to the socket because Node's own writer refuses to produce one.
  //   Chromium: HttpUtil::HeadersIterator skips lines without ':' ("skip
  //             malformed header"); the response arrives as a normal 200.
  //   Firefox:  nsHttpHeaderArray::ParseHeaderLine logs "malformed header ...
  //             no colon" and the line is dropped; same 200 and body.
  //   Strict parsers such as Node's llhttp (fetch/undici) reject the response.
  // Content-Length plus Connection: close bound the body, so nothing waits.
  router.all('/bad-headers', (req) => {
    const body = 'body after a malformed header line\n';
    const cors = Object.entries(corsHeaders(req, ownOrigins)).map(([name, value]) => `${name}: ${value}`);
    const head = [
      'HTTP/1.1 200 OK',
      'Content-Type: text/plain; charset=utf-8',
      'Cache-Control: no-store',
      'X-Before-Bad-Line: kept',
      'This line has no colon',
      'X-After-Bad-Line: kept',
      ...cors,
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
    ].join('\r\n');
    // Node's response object stays unused and closes along with the socket.
    req.socket.end(`${head}\r\n\r\n${req.method === 'HEAD' ? '' : body}`);
  });

  return router;
}
