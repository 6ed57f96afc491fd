import { Router } from 'express';
import cookieParser from 'cookie-parser';
import { notFound } from '../lib/errors.mjs';
import { echoRoutes } from './echo.mjs';
import { streamRoutes } from './streams.mjs';
import { faultRoutes } from './faults.mjs';
import { responseRoutes } from './responses.mjs';
import { cookieRoutes } from './cookies.mjs';

// Everything under /api. A fresh router per app, so per-app state (the held
// /api/never requests) is never shared between two apps in one process.
export function apiRouter({ ownOrigins = new Set() } = {}) {
  const router = Router();
  router.use((req, res, next) => {
    // Test replies must never be answered from a cache.
    res.set('Cache-Control', 'no-store');
    next();
  });
  router.use(cookieParser());
  router.use(echoRoutes());
  router.use(streamRoutes());
  router.use(faultRoutes({ ownOrigins }));
  router.use(responseRoutes());
  router.use(cookieRoutes());
  router.use(notFound);
  return router;
}
