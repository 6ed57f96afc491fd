// `npm start`: build the library (and the docs, when they exist), then serve
// the docs site, the dist/ bundles, the live examples and the echo server's
// /api routes on one local port.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startServer, defaultStaticDirs } from '../server/index.mjs';

const run = (command, args) => {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status || 1);
};

run('npm', ['run', 'build']);
if (existsSync(new URL('../docs/.vitepress/config.mts', import.meta.url))) run('npm', ['run', 'docs:build']);

const port = Number(process.env.PORT || 5180);
const server = await startServer({ port, crossPort: port + 1, host: process.env.HOST || '127.0.0.1', staticDirs: defaultStaticDirs() });
console.log(`\nplume is ready: ${server.url}/  (docs, /dist bundles, /api echo server; second origin ${server.crossUrl})`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
