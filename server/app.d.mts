import type { Express } from 'express';

export interface StaticDir {
  /** URL prefix, e.g. '/dist' or '/'. */
  mount: string;
  /** Absolute directory; skipped while it does not exist. */
  dir: string;
}

export interface AppOptions {
  staticDirs?: StaticDir[];
  /** Origins treated as the server's own (no CORS headers), besides each request's Host. */
  primaryOrigins?: string[];
}

export function createApp(options?: AppOptions): Express;
