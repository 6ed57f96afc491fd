import { Router } from 'express';
import { readBody } from '../lib/read-body.mjs';
import { describeBody } from '../lib/describe-body.mjs';
import { intParam } from '../lib/params.mjs';
import { waitUnlessClosed } from '../lib/timing.mjs';

export const ECHO_LIMIT = 10 * 1024 * 1024;
const MAX_DELAY = 60_000;

// Everything the server saw of the request, as JSON. Tests assert on this.
export function describeRequest(req, buffer) {
  return {
    method: req.method,
    url: req.originalUrl,
    path: req.originalUrl.split('?')[0],
    query: req.query,
    headers: req.headers,
    cookies: req.cookies ?? {},
    contentType: req.headers['content-type'] ?? null,
    ...describeBody(buffer, req.headers['content-type']),
  };
}

function sendEcho(req, res, buffer) {
  const reply = describeRequest(req, buffer);
  res.set('X-Echo-Method', req.method);
  res.json(reply);
}

export function echoRoutes() {
  const router = Router();

  // `all` also matches QUERY, PURGE, LINK, UNLINK and plain (non-preflight) OPTIONS.
  router.all('/echo{/*rest}', async (req, res) => {
    sendEcho(req, res, await readBody(req, ECHO_LIMIT));
  });

  // The body is read first, so the delay measures the wait for the answer only.
  router.all('/delay/:ms', async (req, res) => {
    const ms = intParam(req.params.ms, 'ms', { max: MAX_DELAY });
    const buffer = await readBody(req, ECHO_LIMIT);
    if (await waitUnlessClosed(res, ms)) sendEcho(req, res, buffer);
  });

  return router;
}
