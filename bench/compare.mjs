// Compares two builds of the library in one Chromium page, for changes too
// small for the main benchmark to see on a busy machine: both UMD bundles
// are loaded (as window.axiosA and window.axiosB), and GETs to the echo
// server go A, B, raw XHR in turn, reversed every round, so both builds meet
// the same load. Times come from performance.now() in the page, averaged
// over the rounds after a warm-up: the synchronous part of a call (config
// merge, interceptors, adapter, up to xhr.send()), and the part from the
// request's readyState 4 to the caller's callback (response handling).
//
//   node bench/compare.mjs <dir A> <dir B> [rounds]
//
// Each dir holds an axios.min.js, e.g. a copy of dist/ from before a change.
// With A and B the same build, B-A has come out between -12 and +78 µs for
// the sync part and within 15 µs for the response part on this 2-core
// machine: run it three times, and trust only what all three agree on.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './lib/browsers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [dirA, dirB, roundsArg] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node bench/compare.mjs <dir A> <dir B> [rounds]');
  process.exit(2);
}
const rounds = Number(roundsArg || 1000);
const WARM_UP = 100;

const { startServer } = await import('../server/index.mjs');
const server = await startServer({
  port: 0,
  crossPort: 0,
  staticDirs: [
    { mount: '/a', dir: path.resolve(dirA) },
    { mount: '/b', dir: path.resolve(dirB) },
    { mount: '/bench', dir: path.join(ROOT, 'bench/pages') },
  ],
});
const browser = await launch('chromium');
try {
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await page.goto('/bench/blank.html');
  await page.addScriptTag({ url: '/a/axios.min.js' });
  await page.evaluate(() => ((window.axiosA = window.axios), delete window.axios));
  await page.addScriptTag({ url: '/b/axios.min.js' });
  await page.evaluate(() => ((window.axiosB = window.axios), delete window.axios));
  // The raw XHR baseline is the main run's own (harness.js, loaded with no window.axios).
  await page.addScriptTag({ url: '/bench/harness.js' });

  const result = await page.evaluate(
    async ([rounds, warmUp]) => {
      // When the response ended: a listener added at send(), after the library's own.
      let endedAt = 0;
      const send = XMLHttpRequest.prototype.send;
      XMLHttpRequest.prototype.send = function (body) {
        this.addEventListener('readystatechange', () => this.readyState === 4 && (endedAt = performance.now()));
        return send.call(this, body);
      };
      const calls = {
        A: () => window.axiosA.get('/api/echo').then((r) => r.data),
        B: () => window.axiosB.get('/api/echo').then((r) => r.data),
        raw: () => window.bench.rawGet('/api/echo'),
      };
      const names = Object.keys(calls);
      const sums = Object.fromEntries(names.map((name) => [name, { sync: 0, response: 0 }]));
      for (let round = 0; round < rounds + warmUp; round++) {
        for (const name of round % 2 ? names : [...names].reverse()) {
          const t0 = performance.now();
          const pending = calls[name]();
          const t1 = performance.now();
          const data = await pending;
          const t2 = performance.now();
          if (!data || data.method !== 'GET') throw new Error(name + ' did not get the echo');
          if (round >= warmUp) {
            sums[name].sync += t1 - t0;
            sums[name].response += t2 - endedAt;
          }
        }
      }
      const µs = (total) => Math.round((total * 1000) / rounds);
      return Object.fromEntries(names.map((name) => [name, { sync: µs(sums[name].sync), response: µs(sums[name].response) }]));
    },
    [rounds, WARM_UP]
  );
  console.log(`µs per GET, mean of ${rounds} rounds (Chromium ${browser.version()})`);
  console.log('         sync part   response part');
  for (const [name, t] of Object.entries(result)) console.log(name.padEnd(8), String(t.sync).padStart(9), String(t.response).padStart(15));
  console.log('B - A   ', String(result.B.sync - result.A.sync).padStart(9), String(result.B.response - result.A.response).padStart(15));
} finally {
  await browser.close();
  await server.close();
}
