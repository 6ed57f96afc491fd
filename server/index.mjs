import http from 'node:http';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.mjs';

// Listens with one app and remembers every socket, so close() can end
// connections that would otherwise keep it waiting (keep-alive, /api/never).
function listen(app, port, host) {
  const server = http.createServer(app);
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      let closing;
      const close = () => {
        closing ??= new Promise((done) => {
          server.close(() => done());
          for (const socket of sockets) socket.destroy();
        });
        return closing;
      };
      resolve({ port: server.address().port, close });
    });
  });
}

function urlFor(host, port) {
  // A wildcard address is not something a browser can open.
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}

/**
 * Starts the same app on two ports; the second plays "another origin" for
 * CORS tests. Port 0 picks a free port; the real ones are in the URLs.
 *
 * @returns {Promise<{ url: string, crossUrl: string, port: number, crossPort: number, close(): Promise<void> }>}
 */
export async function startServer({ port = 0, crossPort, host = '127.0.0.1', staticDirs = [], primaryOrigins } = {}) {
  const app = createApp({ staticDirs, primaryOrigins });
  const main = await listen(app, port, host);
  let cross;
  try {
    cross = await listen(app, crossPort ?? (port ? port + 1 : 0), host);
  } catch (error) {
    await main.close();
    throw error;
  }
  return {
    url: urlFor(host, main.port),
    crossUrl: urlFor(host, cross.port),
    port: main.port,
    crossPort: cross.port,
    close: async () => {
      await Promise.all([main.close(), cross.close()]);
    },
  };
}

// The repository root, from this file's location: `node server/index.mjs` may
// be started from any working directory.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// What `npm run serve` exposes besides the API: the builds and the e2e pages.
export function defaultStaticDirs(root = ROOT) {
  return [
    // PLUME_DIST serves another build (a deliberately broken one, in security checks).
    { mount: '/dist', dir: process.env.PLUME_DIST ? path.resolve(process.env.PLUME_DIST) : path.join(root, 'dist') },
    { mount: '/e2e', dir: path.join(root, 'e2e', 'pages') },
    { mount: '/', dir: path.join(root, 'docs', '.vitepress', 'dist') },
  ];
}

async function main() {
  const port = Number(process.env.PORT || 5180);
  const crossPort = Number(process.env.CROSS_PORT || (port ? port + 1 : 0));
  const host = process.env.HOST || '127.0.0.1';
  const server = await startServer({
    port,
    crossPort,
    host,
    staticDirs: defaultStaticDirs(),
  });
  console.log(`echo server on ${server.url} (cross-origin twin on ${server.crossUrl})`);

  // A long-running dev server logs stray errors rather than dying from them.
  process.on('uncaughtException', (error) => console.error('echo server error:', error));
  let stopping = false;
  const stop = async () => {
    if (stopping) process.exit(1); // a second signal: stop waiting
    stopping = true;
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function isEntryPoint() {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main().catch((error) => {
    console.error(`echo server failed to start: ${error.message}`);
    process.exit(1);
  });
}
