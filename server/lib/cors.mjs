import { single } from './params.mjs';

// Both ports serve this same app; the second one exists to be "another origin".
// So CORS headers go only on requests whose Origin differs from the origin the
// request was addressed to (its Host), and ?cors= lets a test pick how the
// browser should react:
//   (default)  reflect the Origin and allow credentials
//   wildcard   Allow-Origin: * without credentials (credentialed calls fail)
//   none       no CORS headers at all (the browser reports a network error)

export const EXPOSED_HEADERS = [
  'Content-Length',
  'Content-Type',
  'Content-Disposition',
  'X-Custom-Header',
  'X-Echo-Method',
];

export const ALLOWED_METHODS = [
  'GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'QUERY', 'PURGE', 'LINK', 'UNLINK',
];

function isCrossOrigin(req, ownOrigins) {
  const origin = req.headers.origin;
  if (!origin) return false;
  if (origin === `http://${req.headers.host}`) return false;
  return !ownOrigins.has(origin);
}

export function isPreflight(req) {
  return req.method === 'OPTIONS' && Boolean(req.headers.origin) &&
    Boolean(req.headers['access-control-request-method']);
}

// The headers a response to `req` should carry, as a plain object, so the raw
// socket writer in /api/bad-headers can use them as well.
export function corsHeaders(req, ownOrigins = new Set()) {
  const headers = { Vary: 'Origin' };
  const mode = single(req.query?.cors);
  if (mode === 'none' || !isCrossOrigin(req, ownOrigins)) return headers;

  if (mode === 'wildcard') {
    headers['Access-Control-Allow-Origin'] = '*';
  } else {
    headers['Access-Control-Allow-Origin'] = req.headers.origin;
    headers['Access-Control-Allow-Credentials'] = 'true';
  }
  headers['Access-Control-Expose-Headers'] = EXPOSED_HEADERS.join(', ');

  if (isPreflight(req)) {
    headers['Access-Control-Allow-Methods'] = ALLOWED_METHODS.join(', ');
    const requested = req.headers['access-control-request-headers'];
    if (requested) headers['Access-Control-Allow-Headers'] = requested;
    headers['Access-Control-Max-Age'] = '600';
    headers.Vary = 'Origin, Access-Control-Request-Headers';
  }
  return headers;
}

// Routes that set extra headers (/api/headers) make them readable cross-origin.
export function exposeHeaders(res, names) {
  const current = res.getHeader('Access-Control-Expose-Headers');
  if (current && names.length) res.setHeader('Access-Control-Expose-Headers', `${current}, ${names.join(', ')}`);
}

// Applies the headers to every response and answers preflights itself, before
// any route: a preflight must succeed even for paths that will 404 later.
export function cors({ ownOrigins = [] } = {}) {
  const own = new Set(ownOrigins);
  return function corsMiddleware(req, res, next) {
    res.set(corsHeaders(req, own));
    if (isPreflight(req)) {
      res.set('Cache-Control', 'no-store');
      res.status(204).end();
      return;
    }
    next();
  };
}
