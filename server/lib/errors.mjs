// Last stops of the API: unknown paths and anything that threw.

export function notFound(req, res) {
  res.status(404).json({ error: 'not found', path: req.originalUrl.split('?')[0] });
}

// Express 5 routes async handlers' rejections here too, so a bug in a route
// becomes a 500 reply instead of a crashed process.
// eslint-disable-next-line no-unused-vars
export function errorHandler(error, req, res, next) {
  if (res.headersSent) {
    // Half a response is out; the only honest signal left is cutting it.
    res.destroy();
    return;
  }
  const status = Number(error?.status ?? error?.statusCode);
  // A route may have set its own type before throwing; the error is JSON.
  res.set('Content-Type', 'application/json; charset=utf-8');
  if (status >= 400 && status < 500) {
    res.status(status).json({ error: error.expose === false ? 'bad request' : error.message });
    return;
  }
  res.status(500).json({ error: 'internal error', message: String(error?.message ?? error) });
}
