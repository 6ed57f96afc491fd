// The fetch adapter in the runtimes that have no XMLHttpRequest: the same
// cases (test/runtimes/cases.mjs) run on the built bundle in Node, Deno,
// Bun and workerd (Cloudflare Workers), and in an SES Compartment, each in its
// own process, against the echo server, and each must give exactly the summary
// below. Deno, Bun, Miniflare (which brings workerd) and SES are pinned dev
// dependencies.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { startServer } from '../../server/index.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const main = join(root, 'test/runtimes/main.mjs');
const bin = (name: string) => join(root, 'node_modules/.bin', name);

const runtimes: Record<string, (url: string) => string[]> = {
  node: (url) => [process.execPath, main, url],
  deno: (url) => [bin('deno'), 'run', '--allow-net', '--no-prompt', main, url],
  bun: (url) => [bin('bun'), main, url],
  // Cloudflare Workers' runtime, through Miniflare.
  workerd: (url) => [process.execPath, join(root, 'test/runtimes/workerd.mjs'), url],
  // Hardened JavaScript: the UMD bundle in an SES Compartment after lockdown(), given fetch, Date and the web globals.
  ses: (url) => [process.execPath, join(root, 'test/runtimes/ses.mjs'), url],
};

const expected = {
  adapter: { xhr: 'undefined', chosen: 'fetch' },
  get: {
    status: 200,
    method: 'GET',
    url: '/api/echo?q=a+b',
    header: 'yes',
    accept: 'application/json, text/plain, */*',
    contentType: 'application/json; charset=utf-8',
    request: true,
    duration: 'number',
  },
  postJson: { contentType: 'application/json', body: { n: 1, list: ['a'] } },
  formData: { multipart: true, body: { field: 'value' }, files: [{ field: 'file', name: 'a.txt', size: 9, text: 'file body' }] },
  postForm: { a: '1', 'tags[]': ['x', 'y'] },
  urlencoded: { contentType: 'application/x-www-form-urlencoded;charset=utf-8', body: { a: '1', b: 'x y' } },
  responseTypes: {
    stream: { readable: true, bytes: 100000 },
    arraybuffer: { isArrayBuffer: true, first: [0, 1, 2, 3] },
    blob: { isBlob: true, size: 256 },
    text: 'string',
  },
  charsets: { 'iso-8859-1': 'café ñ', shift_jis: '日本', 'utf-16le': 'café ✓', 'bom utf-8': 'café ñ', 'bom utf-16be': 'café ñ' },
  downloadProgress: { several: true, monotonic: true, last: { loaded: 1048576, total: 1048576, progress: 1, download: true } },
  uploadProgress: { received: 4194304, some: true, last: { loaded: 4194304, total: 4194304, upload: true } },
  timeout: {
    plain: { name: 'AxiosError', code: 'ECONNABORTED', message: 'timeout of 100ms exceeded', isAxiosError: true },
    clarified: 'ETIMEDOUT',
    unlimited: ['resolved', 'resolved', 'resolved'],
  },
  cancel: {
    signal: { name: 'CanceledError', code: 'ERR_CANCELED', message: 'canceled', isAxiosError: true, isCancel: true },
    token: { name: 'CanceledError', code: 'ERR_CANCELED', message: 'stop', isAxiosError: true },
  },
  errors: {
    status: {
      name: 'AxiosError',
      code: 'ERR_BAD_REQUEST',
      message: 'Request failed with status code 404',
      isAxiosError: true,
      status: 404,
      responseStatus: 404,
    },
    refused: { name: 'AxiosError', code: 'ERR_NETWORK', message: 'Network Error', isAxiosError: true, hasCause: true },
    cut: 'ERR_NETWORK',
    malformed: { code: 'ERR_BAD_RESPONSE', name: 'SyntaxError' },
  },
  limits: {
    declared: { name: 'AxiosError', code: 'ERR_BAD_RESPONSE', message: 'maxContentLength size of 5000 exceeded', isAxiosError: true },
    undeclared: 'ERR_BAD_RESPONSE',
    body: { name: 'AxiosError', code: 'ERR_BAD_REQUEST', message: 'Request body larger than maxBodyLength limit', isAxiosError: true },
    streamed: { code: 'ERR_BAD_REQUEST', stoppedEarly: true },
  },
  envFetch: { status: 200, seen: [{ method: 'GET', cache: 'no-store', custom: 'kept' }] },
  interceptors: { header: 'request' },
};

type Server = Awaited<ReturnType<typeof startServer>>;
let server: Server;
beforeAll(async () => {
  server = await startServer({ port: 0, crossPort: 0 });
});
afterAll(() => server.close());

/** Run the cases in one runtime; its last line of output is the summary. */
function summaryIn(runtime: string): Promise<any> {
  const [file, ...args] = runtimes[runtime](server.url);
  return new Promise((resolve, reject) => {
    const env = { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' };
    execFile(file, args, { env, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${runtime} failed: ${error.message}\n${stderr}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1)!));
    });
  });
}

describe('the fetch adapter where there is no XMLHttpRequest, the same in every runtime', () => {
  test.each(Object.keys(runtimes))('%s', async (runtime) => {
    expect(await summaryIn(runtime)).toEqual(expected);
  });
});
