import { existsSync } from 'node:fs';
import express from 'express';

// Serves `dir` if it exists. Checked per request rather than once, so a build
// that lands after the server started (dist/, the docs) is picked up; until
// then the request falls through as if the mount were not there.
export function staticIfPresent(dir) {
  const serve = express.static(dir, { extensions: ['html'], fallthrough: true });
  return (req, res, next) => (existsSync(dir) ? serve(req, res, next) : next());
}
