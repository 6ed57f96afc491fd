import express from 'express';
import { cors } from './lib/cors.mjs';
import { errorHandler } from './lib/errors.mjs';
import { staticIfPresent } from './lib/static.mjs';
import { apiRouter } from './routes/api.mjs';

/**
 * The echo server app: /api routes, then static directories.
 *
 * @param {object} [options]
 * @param {Array<{ mount: string, dir: string }>} [options.staticDirs]
 *   served after the API, e.g. { mount: '/dist', dir: '/abs/dist' }; a missing
 *   dir is skipped.
 * @param {string[]} [options.primaryOrigins] origins treated as the server's
 *   own (no CORS headers), besides the one named by each request's Host.
 */
export function createApp({ staticDirs = [], primaryOrigins = [] } = {}) {
  const ownOrigins = new Set(primaryOrigins);
  const app = express();
  app.disable('x-powered-by');
  // ETags would let a repeated echo come back as an empty 304.
  app.set('etag', false);
  // Node's querystring: repeated keys become arrays, no nesting of a[b].
  app.set('query parser', 'simple');

  app.use(cors({ ownOrigins }));
  app.use('/api', apiRouter({ ownOrigins }));
  for (const { mount, dir } of staticDirs) app.use(mount, staticIfPresent(dir));
  app.use(errorHandler);
  return app;
}
