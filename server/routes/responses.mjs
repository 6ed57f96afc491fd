import { Router } from 'express';
import { badRequest } from '../lib/http-error.mjs';
import { exposeHeaders } from '../lib/cors.mjs';
import { intParam, single } from '../lib/params.mjs';
import { patternSlice } from '../lib/pattern.mjs';

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
// Framing headers would make the reply unreadable rather than test anything.
const RESERVED = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'trailer', 'te']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Echo server page</title></head>
<body><h1>Echo server</h1><p id="greeting">Hello from the echo server</p></body>
</html>
`;

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<library>
  <book id="1"><title>First</title></book>
  <book id="2"><title>Second</title></book>
  <book id="3"><title>Third</title></book>
</library>
`;

// /api/encoded/:charset: a short text in a legacy or other encoding, labelled
// with that charset, for clients that must decode by the label. Each entry is
// the text and how its bytes are made (Node has no Shift_JIS or windows-1252
// encoder, so their few non-ASCII characters are spelt as bytes).
const ENCODED = {
  'iso-8859-1': ['café ñ', (text) => Buffer.from(text, 'latin1')],
  'windows-1252': ['€ café', (text) => Buffer.from(text.replace('€', '\x80'), 'latin1')],
  shift_jis: ['日本', (text) => Buffer.from(text.replace('日本', '\x93\xfa\x96\x7b'), 'latin1')],
  'utf-16le': ['café ✓', (text) => Buffer.from(text, 'utf16le')],
  'utf-8': ['café ✓', (text) => Buffer.from(text)],
  // A label no decoder knows: clients fall back to UTF-8, and so is it sent.
  'no-such-charset': ['café ✓', (text) => Buffer.from(text)],
};

// ?bom=: the text sent instead in this encoding, after its byte order mark,
// under the same label. Browsers let the mark win over the label.
const BOMS = {
  'utf-8': (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
  'utf-16le': (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  'utf-16be': (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
};

// Canned documents and responses shaped by the query string.
export function responseRoutes() {
  const router = Router();

  // /api/status/:code?body=...&type=...
  router.all('/status/:code', (req, res) => {
    if (!/^\d{3}$/.test(req.params.code)) throw badRequest('status must be a 3-digit code');
    const code = Number(req.params.code);
    // 1xx are interim responses, not something a route can finish with.
    if (code < 200 || code > 599) throw badRequest('status must be between 200 and 599');
    const body = single(req.query.body);
    const type = single(req.query.type);
    if (type !== undefined && !HEADER_VALUE.test(type)) throw badRequest('invalid type');
    const payload = body === undefined ? JSON.stringify({ status: code }) : body;
    const fallbackType = body === undefined ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8';
    // setHeader and a Buffer keep ?type exactly; Express's res.set and string
    // bodies would append "; charset=utf-8" to it.
    res.status(code).setHeader('Content-Type', type || fallbackType);
    res.send(Buffer.from(payload));
  });

  // /api/redirect?to=/path&status=302 - only same-server paths: no open redirect.
  router.all('/redirect', (req, res) => {
    const to = single(req.query.to) ?? '/api/echo';
    const status = intParam(req.query.status, 'status', { fallback: 302 });
    // "//host" and "/\host" are read by browsers as other hosts.
    if (!/^\/(?![/\\])/.test(to) || /[\x00-\x1f\x7f]/.test(to)) throw badRequest('to must be a path starting with /');
    if (!REDIRECTS.has(status)) throw badRequest('status must be 301, 302, 303, 307 or 308');
    res.redirect(status, to);
  });

  // /api/headers?X-Name=value: every pair (but ?cors=) becomes a response header.
  router.all('/headers', (req, res) => {
    const set = {};
    for (const [name, value] of Object.entries(req.query)) {
      if (name === 'cors') continue;
      const values = [value].flat();
      if (!TOKEN.test(name) || RESERVED.has(name.toLowerCase())) throw badRequest(`invalid header name: ${name}`);
      if (!values.every((v) => typeof v === 'string' && HEADER_VALUE.test(v))) throw badRequest(`invalid value for ${name}`);
      set[name] = values.length === 1 ? values[0] : values;
    }
    for (const [name, value] of Object.entries(set)) res.set(name, value);
    exposeHeaders(res, Object.keys(set));
    res.json({ headers: set });
  });

  // ?json=1 sends {"text": ...} as application/json, with the charset quoted.
  router.get('/encoded/:charset', (req, res) => {
    const entry = Object.hasOwn(ENCODED, req.params.charset) && ENCODED[req.params.charset];
    if (!entry) throw badRequest(`charset must be one of: ${Object.keys(ENCODED).join(', ')}`);
    const bom = single(req.query.bom);
    if (bom !== undefined && !Object.hasOwn(BOMS, bom)) throw badRequest(`bom must be one of: ${Object.keys(BOMS).join(', ')}`);
    const [text, encode] = bom ? [entry[0], BOMS[bom]] : entry;
    const json = single(req.query.json) === '1';
    res.setHeader('Content-Type', json ? `application/json;charset="${req.params.charset}"` : `text/plain; charset=${req.params.charset}`);
    res.send(encode(json ? JSON.stringify({ text }) : text));
  });

  router.get('/html', (req, res) => {
    res.type('text/html; charset=utf-8').send(HTML);
  });
  router.get('/xml', (req, res) => {
    res.type('application/xml; charset=utf-8').send(XML);
  });
  router.get('/binary', (req, res) => {
    res.set('Content-Type', 'application/octet-stream').send(Buffer.from(patternSlice(0, 256)));
  });
  router.all('/text', (req, res) => {
    res.set('Content-Type', 'text/plain; charset=utf-8').send(single(req.query.body) ?? 'Hello from the echo server');
  });

  return router;
}
