import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.mjs';
import { defaultStaticDirs, startServer } from '../../server/index.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'echo-server-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('startServer', () => {
  it('binds two distinct ephemeral ports and reports them', async () => {
    const server = await startServer({ port: 0, crossPort: 0 });
    try {
      expect(server.port).toBeGreaterThan(0);
      expect(server.crossPort).toBeGreaterThan(0);
      expect(server.port).not.toBe(server.crossPort);
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      expect(server.crossUrl).toBe(`http://127.0.0.1:${server.crossPort}`);
      expect((await fetch(`${server.crossUrl}/api/echo`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('close() returns promptly with /api/never requests and keep-alive sockets open', async () => {
    const server = await startServer({ port: 0, crossPort: 0 });
    await fetch(`${server.url}/api/echo`); // leaves an idle keep-alive socket
    const hanging = [
      fetch(`${server.url}/api/never`).then(() => 'answered', () => 'failed'),
      fetch(`${server.crossUrl}/api/never`).then(() => 'answered', () => 'failed'),
    ];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(500);
    expect(await Promise.all(hanging)).toEqual(['failed', 'failed']);
    await expect(fetch(`${server.url}/api/echo`)).rejects.toThrow();
  });

  it('rejects when a port is taken, without leaking the first one', async () => {
    const first = await startServer({ port: 0, crossPort: 0 });
    try {
      await expect(startServer({ port: 0, crossPort: first.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await first.close();
    }
  });
});

describe('static directories', () => {
  it('serves existing dirs after the API, and skips missing ones', async () => {
    const dist = path.join(scratch, 'dist');
    const docs = path.join(scratch, 'docs');
    mkdirSync(dist);
    mkdirSync(path.join(docs, 'guide'), { recursive: true });
    writeFileSync(path.join(dist, 'axios.js'), 'export default 42;');
    writeFileSync(path.join(docs, 'index.html'), '<h1>docs home</h1>');
    writeFileSync(path.join(docs, 'guide', 'intro.html'), '<h1>intro</h1>');
    writeFileSync(path.join(docs, 'api'), 'a file that must not shadow /api');
    const server = await startServer({
      port: 0,
      crossPort: 0,
      staticDirs: [
        { mount: '/dist', dir: dist },
        { mount: '/missing', dir: path.join(scratch, 'nope') },
        { mount: '/', dir: docs },
      ],
    });
    try {
      const script = await fetch(`${server.url}/dist/axios.js`);
      expect(script.headers.get('content-type')).toMatch(/javascript/);
      expect(await script.text()).toBe('export default 42;');
      expect(await (await fetch(`${server.url}/`)).text()).toBe('<h1>docs home</h1>');
      expect(await (await fetch(`${server.url}/guide/intro`)).text()).toBe('<h1>intro</h1>');
      expect((await fetch(`${server.url}/missing/x`)).status).toBe(404);
      expect((await fetch(`${server.url}/api/echo`)).headers.get('x-echo-method')).toBe('GET');
      // Cross-origin module scripts need CORS too.
      const cross = await fetch(`${server.crossUrl}/dist/axios.js`, { headers: { Origin: server.url } });
      expect(cross.headers.get('access-control-allow-origin')).toBe(server.url);
    } finally {
      await server.close();
    }
  });

  it('createApp works without any options', () => {
    const app = createApp();
    expect(typeof app).toBe('function');
    expect(typeof app.listen).toBe('function');
  });
});

describe('node server/index.mjs', () => {
  it('serves dist, e2e pages and the docs build from the repository root', () => {
    expect(defaultStaticDirs()).toEqual([
      { mount: '/dist', dir: path.join(root, 'dist') },
      { mount: '/e2e', dir: path.join(root, 'e2e', 'pages') },
      { mount: '/', dir: path.join(root, 'docs', '.vitepress', 'dist') },
    ]);
  });

  it('starts from the environment, logs both URLs and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [path.join(root, 'server', 'index.mjs')], {
      cwd: scratch, // the root must come from the module's location, not cwd
      env: { ...process.env, PORT: '0', CROSS_PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          if (out.includes('\n')) resolve(out);
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
      });
      const urls = line.match(/http:\/\/127\.0\.0\.1:\d+/g) ?? [];
      expect(urls).toHaveLength(2);
      expect(urls[0]).not.toBe(urls[1]);
      expect((await fetch(`${urls[1]}/api/echo`)).status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      fetch(`${urls[0]}/api/never`).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 50));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
