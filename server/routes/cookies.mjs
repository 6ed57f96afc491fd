import { Router } from 'express';
import { badRequest } from '../lib/http-error.mjs';
import { flagParam, intParam, single } from '../lib/params.mjs';

const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const SAME_SITE = new Set(['lax', 'strict', 'none']);
export const DEFAULT_XSRF_TOKEN = 'xsrf-token-value';

function cookieName(value) {
  const name = single(value);
  if (!name || !COOKIE_NAME.test(name)) throw badRequest('name must be a cookie name');
  return name;
}

function cookiePath(value) {
  const path = single(value) ?? '/';
  if (!path.startsWith('/') || /[;\x00-\x1f\x7f]/.test(path)) throw badRequest('path must start with /');
  return path;
}

// Cookie setters for credential and XSRF tests. Values go out URI-encoded
// (Express's default), which cookie-parser and axios both decode.
export function cookieRoutes() {
  const router = Router();

  // /api/cookie?name=&value=&path=&httpOnly=1&secure=1&sameSite=lax|strict|none&maxAge=SECONDS
  router.all('/cookie', (req, res) => {
    const name = cookieName(req.query.name);
    const value = single(req.query.value) ?? '';
    const options = { path: cookiePath(req.query.path), httpOnly: flagParam(req.query.httpOnly) };
    if (flagParam(req.query.secure)) options.secure = true;
    const sameSite = single(req.query.sameSite)?.toLowerCase();
    if (sameSite !== undefined) {
      if (!SAME_SITE.has(sameSite)) throw badRequest('sameSite must be lax, strict or none');
      options.sameSite = sameSite;
    }
    // Seconds, like the Max-Age attribute (Express wants milliseconds).
    if (req.query.maxAge !== undefined) options.maxAge = intParam(req.query.maxAge, 'maxAge') * 1000;
    res.cookie(name, value, options);
    res.json({ set: { name, value } });
  });

  router.all('/cookie/clear', (req, res) => {
    const name = cookieName(req.query.name);
    res.clearCookie(name, { path: cookiePath(req.query.path) });
    res.json({ cleared: name });
  });

  // Readable by script on purpose: axios copies it into the X-XSRF-TOKEN header.
  router.all('/xsrf', (req, res) => {
    const token = single(req.query.value) || DEFAULT_XSRF_TOKEN;
    res.cookie('XSRF-TOKEN', token, { path: '/' });
    res.json({ token });
  });

  router.all('/set-cookies', (req, res) => {
    res.append('Set-Cookie', 'first=one; Path=/');
    res.append('Set-Cookie', 'second=two; Path=/');
    res.json({ set: ['first', 'second'] });
  });

  return router;
}
