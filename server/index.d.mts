import type { StaticDir } from './app.mjs';

export interface ServerOptions {
  /** 0 picks a free port. */
  port?: number;
  /** Defaults to port + 1 (or a free port when port is 0). */
  crossPort?: number;
  host?: string;
  staticDirs?: StaticDir[];
  primaryOrigins?: string[];
}

export interface RunningServer {
  url: string;
  /** Same app on a second port: a different origin for CORS tests. */
  crossUrl: string;
  port: number;
  crossPort: number;
  /** Stops both ports, destroying open connections; never waits on /api/never. */
  close(): Promise<void>;
}

export function startServer(options?: ServerOptions): Promise<RunningServer>;
export function defaultStaticDirs(root?: string): StaticDir[];
