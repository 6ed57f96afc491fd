// The measurements. Each section returns figures (rows of the table, each
// with plume's and axios's value against a baseline and the target)
// and raw data (absolute times and counts, kept as context in the JSON).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileSizes, treeShaken } from './size.mjs';
import { summary, interleave, ratio } from './stats.mjs';
import { openLibPage, heapAfterGC, enableMetrics, mainThreadTimes, evaluateInlineScript, UMD_URL } from './browsers.mjs';

const MiB = 1024 * 1024;
const KB = 1024;

const atMost = (limit, text) => ({ text, test: (v) => v <= limit });
const atLeast = (limit, text) => ({ text, test: (v) => v >= limit });

// --- size -------------------------------------------------------------------

export async function sizeSection(root) {
  const builds = {
    umd: { label: 'dist/axios.min.js (UMD)', plume: 'dist/axios.min.js', axios: 'node_modules/axios-reference/dist/axios.min.js', gzipLimit: 8192, was: '26,330' },
    esm: { label: 'dist/esm/axios.min.js (ESM)', plume: 'dist/esm/axios.min.js', axios: 'node_modules/axios-reference/dist/esm/axios.min.js', gzipLimit: 7168, was: '21,294' },
  };
  const figures = [];
  const data = {};
  for (const [key, build] of Object.entries(builds)) {
    const plume = fileSizes(path.join(root, build.plume));
    const axios = fileSizes(path.join(root, build.axios));
    data[key] = { plume, axios };
    for (const encoding of ['raw', 'gzip', 'brotli']) {
      figures.push({
        id: `size.${key}.${encoding}`,
        section: 'size',
        label: `${build.label}, ${encoding === 'raw' ? 'raw' : encoding === 'gzip' ? 'gzip -9' : 'brotli q11'}`,
        browser: '-',
        baseline: 'axios',
        kind: 'bytes',
        plume: plume[encoding],
        axios: axios[encoding],
        ratio: plume[encoding] / axios[encoding],
        target: encoding === 'gzip' ? atMost(build.gzipLimit, `≤ ${build.gzipLimit.toLocaleString('en-US')} B [axios ${build.was}]`) : null,
      });
    }
  }
  // What a bundler keeps when the app calls only axios.get.
  // (Bundling the unminified ESM builds instead gives the same gzip size
  // within 0.1%, so only the min builds are bundled, to save time.)
  for (const [key, label, plumeFile, axiosFile] of [
    ['min', 'ESM min build', 'dist/esm/axios.min.js', 'node_modules/axios-reference/dist/esm/axios.min.js'],
  ]) {
    const plume = await treeShaken(path.join(root, plumeFile));
    const axios = await treeShaken(path.join(root, axiosFile));
    data[`treeshake_${key}`] = { plume, axios };
    figures.push({
      id: `size.treeshake.${key}`,
      section: 'size',
      label: `Tree-shaken: \`import axios; axios.get('/x')\`, rollup + terser from the ${label}, gzip -9`,
      browser: '-',
      baseline: 'axios',
      kind: 'bytes',
      plume: plume.gzip,
      axios: axios.gzip,
      ratio: plume.gzip / axios.gzip,
      target: null,
    });
  }
  return { figures, data };
}

// --- start-up: parse + evaluate the UMD bundle in a fresh page ---------------

// A page served by Playwright itself with COOP/COEP headers: cross-origin
// isolated, so performance.now() has its fine resolution (5 µs in Chromium
// rather than 100 µs). The bundle's text is handed over before the clock
// starts; the clock covers appending an inline <script>, which parses,
// compiles and runs it synchronously. A new page per sample, and a unique
// comment in front of the text, so no compilation cache can serve it.
const ISOLATED_PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>start-up</title></head><body></body></html>';

export async function startupSection(browser, browserName, baseURL, root, rounds) {
  const source = {
    plume: readFileSync(path.join(root, 'dist/axios.min.js'), 'utf8'),
    axios: readFileSync(path.join(root, 'node_modules/axios-reference/dist/axios.min.js'), 'utf8'),
  };
  const context = await browser.newContext({ baseURL });
  await context.route('**/bench/isolated', (route) =>
    route.fulfill({
      status: 200,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      },
      body: ISOLATED_PAGE,
    }),
  );
  let serial = 0;
  const trace = browserName === 'chromium';
  const sample = async (lib) => {
    const page = await context.newPage();
    try {
      await page.goto('/bench/isolated');
      const text = `/* bench sample ${++serial} ${Date.now()} */\n${source[lib]}`;
      // Chromium: also a trace of this one evaluation, whose EvaluateScript
      // event carries the main thread's CPU time (tdur) beside its wall time.
      const { ms, isolated, evaluate } = await evaluateInlineScript(browser, page, text, { trace });
      if (!(await page.evaluate(() => typeof window.axios === 'function'))) throw new Error('the bundle did not define axios');
      const result = { ms, isolated };
      if (trace) {
        result.cpuMs = evaluate.tdur / 1000;
        result.traceWallMs = evaluate.dur / 1000;
      }
      return result;
    } finally {
      await page.close();
    }
  };
  await sample('plume'); // warm-up: the first page of a context pays extra
  await sample('axios');
  const runs = await interleave(['plume', 'axios'], rounds, sample);
  await context.close();
  const figures = [];
  if (trace) {
    figures.push({
      id: `startup.cpu.${browserName}`,
      section: 'startup',
      label: 'Start-up: parse + evaluate the UMD bundle in a fresh page, main-thread CPU (trace: EvaluateScript tdur)',
      browser: browserName,
      baseline: 'axios',
      kind: 'ratio',
      plume: ratio(runs.plume, runs.axios, (x) => x.cpuMs),
      axios: null,
      target: atMost(0.3, '≤ 0.3× [axios 6 ms]'),
    });
  }
  figures.push({
    id: `startup.wall.${browserName}`,
    section: 'startup',
    label: 'Start-up: parse + evaluate the UMD bundle in a fresh page, wall time (performance.now)',
    browser: browserName,
    baseline: 'axios',
    kind: 'ratio',
    plume: ratio(runs.plume, runs.axios, (x) => x.ms),
    axios: null,
    target: trace ? null : atMost(0.3, '≤ 0.3× [axios 6 ms]'),
  });
  return {
    figures,
    data: {
      plumeMs: summary(runs.plume.map((x) => x.ms)),
      axiosMs: summary(runs.axios.map((x) => x.ms)),
      ...(trace
        ? { plumeCpuMs: summary(runs.plume.map((x) => x.cpuMs)), axiosCpuMs: summary(runs.axios.map((x) => x.cpuMs)) }
        : {}),
      crossOriginIsolated: [...runs.plume, ...runs.axios].every((x) => x.isolated),
      rounds,
    },
  };
}

// --- resident heap of the loaded library (Chromium) -------------------------

// In one fresh page: load an empty script the same way (the cost of the
// <script> machinery), force GC, read the heap; load the bundle, force GC,
// read again. The difference is what the library keeps alive.
// Playwright's in-page helper that runs evaluate() and addScriptTag() moves
// to V8's faster tiers after its first few calls (6-18 KB of code and
// feedback): it is warmed up first, so that none of that lands between the
// two readings. The control loads the empty script again instead of a
// bundle: what the method itself adds.
const WARM_UP_CALLS = 30;

export async function residentSection(browser, baseURL, rounds) {
  const sample = async (lib) => {
    const context = await browser.newContext({ baseURL });
    try {
      const page = await context.newPage();
      await page.goto('/bench/blank.html');
      const cdp = await context.newCDPSession(page);
      for (let i = 0; i < WARM_UP_CALLS; i++) await page.evaluate(() => typeof window.axios);
      await page.addScriptTag({ url: '/bench/noop.js' });
      await page.evaluate(() => window.benchNoop);
      const before = await heapAfterGC(cdp);
      await page.addScriptTag({ url: lib === 'control' ? '/bench/noop.js' : UMD_URL[lib] });
      const loaded = await page.evaluate(() => typeof window.axios === 'function');
      if (!loaded && lib !== 'control') throw new Error(`${lib} did not load`);
      const after = await heapAfterGC(cdp);
      return { bytes: after.used - before.used, before, after };
    } finally {
      await context.close();
    }
  };
  const runs = await interleave(['plume', 'axios', 'control'], rounds, sample);
  const [plume, axios, control] = ['plume', 'axios', 'control'].map((lib) => summary(runs[lib].map((x) => x.bytes / KB)));
  return {
    figures: [
      {
        id: 'memory.resident',
        section: 'memory',
        label: `Resident JS heap of the loaded library (heap after loading − before, GC forced; the control, an empty script: ${control.median.toFixed(1)} KB)`,
        browser: 'chromium',
        baseline: '-',
        kind: 'kb',
        plume,
        axios,
        target: atMost(40, '≤ 40 KB [axios 165 KB]'),
      },
    ],
    data: { runs, rounds, control },
  };
}

// --- pipeline cost, no network ----------------------------------------------

// Calls are awaited one after another for a fixed time slice per round.
// Chromium: the slice's main-thread CPU time (CDP, thread ticks) is read as
// well, and ops per CPU second is the target figure: a busy machine takes
// wall time from a slice but not CPU time.
export async function pipelineSection(pages, browserName, rounds, sliceMs, warmUpMs) {
  const withCpu = browserName === 'chromium';
  for (const lib of ['plume', 'axios']) {
    if (withCpu) await enableMetrics(pages[lib].cdp);
    // Warm-up: the optimising compilers take a second or two to settle.
    await pages[lib].page.evaluate((ms) => window.bench.pipeline(ms), warmUpMs);
  }
  const runs = await interleave(['plume', 'axios'], rounds, async (lib) => {
    const { page, cdp } = pages[lib];
    const before = withCpu ? await mainThreadTimes(cdp) : null;
    const run = await page.evaluate((ms) => window.bench.pipeline(ms), sliceMs);
    if (withCpu) run.cpuMs = ((await mainThreadTimes(cdp)).task - before.task) * 1000;
    return run;
  });
  const opsPerSecond = (x) => (x.n * 1000) / x.ms;
  const opsPerCpuSecond = (x) => (x.n * 1000) / x.cpuMs;
  const label = 'Pipeline: instance.get + params, headers, 1 req + 1 res interceptor, no-op adapter';
  const figures = [];
  if (withCpu) {
    figures.push({
      id: `pipeline.cpu.${browserName}`,
      section: 'pipeline',
      label: `${label}; ops per main-thread CPU second`,
      browser: browserName,
      baseline: 'axios',
      kind: 'ratio',
      plume: ratio(runs.plume, runs.axios, opsPerCpuSecond),
      axios: null,
      target: atLeast(2, '≥ 2×'),
    });
  }
  figures.push({
    id: `pipeline.wall.${browserName}`,
    section: 'pipeline',
    label: `${label}; ops/s (wall)`,
    browser: browserName,
    baseline: 'axios',
    kind: 'ratio',
    plume: ratio(runs.plume, runs.axios, opsPerSecond),
    axios: null,
    target: withCpu ? null : atLeast(2, '≥ 2×'),
  });
  return {
    figures,
    data: {
      plumeOpsPerSecond: summary(runs.plume.map(opsPerSecond)),
      axiosOpsPerSecond: summary(runs.axios.map(opsPerSecond)),
      ...(withCpu
        ? { plumeOpsPerCpuSecond: summary(runs.plume.map(opsPerCpuSecond)), axiosOpsPerCpuSecond: summary(runs.axios.map(opsPerCpuSecond)) }
        : {}),
      sliceMs,
      warmUpMs,
      rounds,
    },
  };
}

// --- loopback requests, and main-thread CPU per request ---------------------

// Each batch runs for a fixed time slice (so a busy machine makes the run
// no longer, only the batches smaller) and counts the requests it completed.
export async function requestsSection(pages, browserName, rounds, { sliceMs }) {
  const libs = ['plume', 'axios', 'xhr'];
  const withCpu = browserName === 'chromium';
  if (withCpu) for (const lib of libs) await enableMetrics(pages[lib].cdp);
  // Warm-up: connections, JIT.
  for (const lib of libs) await pages[lib].page.evaluate(() => window.bench.requests('/api/echo', 100, 8));

  const batch = async (lib, concurrency, adapter = 'xhr') => {
    const { page, cdp } = pages[lib];
    const before = withCpu ? await mainThreadTimes(cdp) : null;
    const run = await page.evaluate(([c, ms, a]) => window.bench.requests('/api/echo', Infinity, c, ms, a), [concurrency, sliceMs, adapter]);
    if (withCpu) {
      const after = await mainThreadTimes(cdp);
      run.taskMsPerRequest = ((after.task - before.task) * 1000) / run.n;
      run.scriptMsPerRequest = ((after.script - before.script) * 1000) / run.n;
    }
    return run;
  };
  // Where it is measured (Chromium), the fetch adapter too, against raw fetch, sequential only.
  if (withCpu) for (const lib of libs) await pages[lib].page.evaluate(() => window.bench.requests('/api/echo', 100, 1, Infinity, 'fetch'));
  const runs = await interleave(libs, rounds, async (lib) => ({
    seq: await batch(lib, 1),
    conc: await batch(lib, 8),
    ...(withCpu && { fetchSeq: await batch(lib, 1, 'fetch') }),
  }));

  const rps = (key) => (x) => (x[key].n * 1000) / x[key].ms;
  const figures = [];
  for (const [key, label, was] of [
    ['seq', 'Loopback GET /api/echo req/s, sequential', '0.77×'],
    ['conc', 'Loopback GET /api/echo req/s, 8 at a time', '0.82×'],
  ]) {
    figures.push({
      id: `requests.${key}.${browserName}`,
      section: 'requests',
      label,
      browser: browserName,
      baseline: 'raw XHR',
      kind: 'ratio',
      plume: ratio(runs.plume, runs.xhr, rps(key)),
      axios: ratio(runs.axios, runs.xhr, rps(key)),
      target: atLeast(0.95, `≥ 0.95× [axios ${was}]`),
    });
  }
  const data = {
    reqPerSecond: Object.fromEntries(
      libs.map((lib) => [lib, { sequential: summary(runs[lib].map(rps('seq'))), concurrent: summary(runs[lib].map(rps('conc'))) }]),
    ),
    plumeVsAxios: { sequential: ratio(runs.plume, runs.axios, rps('seq')), concurrent: ratio(runs.plume, runs.axios, rps('conc')) },
    requestsPerBatch: Object.fromEntries(
      libs.map((lib) => [lib, { sequential: summary(runs[lib].map((x) => x.seq.n)), concurrent: summary(runs[lib].map((x) => x.conc.n)) }]),
    ),
    sliceMs,
    rounds,
  };
  if (withCpu) {
    const cpu = (key, field) => (x) => x[key][field];
    const cpuFigure = (id, key, label, baseline, target) => ({
      id: `cpu.${id}.chromium`,
      section: 'cpu',
      label,
      browser: browserName,
      baseline,
      kind: 'ratio',
      plume: ratio(runs.plume, runs.xhr, cpu(key, 'taskMsPerRequest')),
      axios: ratio(runs.axios, runs.xhr, cpu(key, 'taskMsPerRequest')),
      target,
    });
    figures.push(
      cpuFigure('seq', 'seq', 'Renderer main-thread CPU per request (CDP TaskDuration, thread time), sequential', 'raw XHR', atMost(1.15, '≤ 1.15× [axios 1.6×]')),
      cpuFigure('conc', 'conc', 'Renderer main-thread CPU per request, 8 at a time', 'raw XHR', null),
      cpuFigure(
        'fetch',
        'fetchSeq',
        "Renderer main-thread CPU per request, sequential, with the fetch adapter (adapter: 'fetch'); baseline: raw fetch + response.json()",
        'raw fetch',
        null
      ),
    );
    data.cpuMsPerRequest = Object.fromEntries(
      libs.map((lib) => [
        lib,
        {
          sequentialTask: summary(runs[lib].map(cpu('seq', 'taskMsPerRequest'))),
          sequentialScript: summary(runs[lib].map(cpu('seq', 'scriptMsPerRequest'))),
          concurrentTask: summary(runs[lib].map(cpu('conc', 'taskMsPerRequest'))),
          concurrentScript: summary(runs[lib].map(cpu('conc', 'scriptMsPerRequest'))),
          fetchSequentialTask: summary(runs[lib].map(cpu('fetchSeq', 'taskMsPerRequest'))),
        },
      ]),
    );
  }
  return { figures, data };
}

// --- large transfers -----------------------------------------------------------

export async function transfersSection(pages, browserName, rounds, size, pacedRounds) {
  const libs = ['plume', 'axios', 'xhr'];
  const kinds = [
    ['arraybuffer', `Download ${size / MiB} MiB, responseType arraybuffer`],
    ['blob', `Download ${size / MiB} MiB, responseType blob`],
    ['upload', `Upload ${size / MiB} MiB Blob (POST)`],
  ];
  // Warm-up: the first 32 MiB transfers of a page are slower (heap growth).
  for (const lib of libs) for (const [kind] of kinds) await pages[lib].page.evaluate(([k, s]) => window.bench.transfer(k, s), [kind, size]);
  // Chromium: each transfer's main-thread CPU time as well (CDP, thread
  // ticks): what the library adds to a transfer, which waiting for a core on a
  // busy machine does not change.
  const withCpu = browserName === 'chromium';
  if (withCpu) for (const lib of libs) await enableMetrics(pages[lib].cdp);
  const runs = await interleave(libs, rounds, async (lib) => {
    const { page, cdp } = pages[lib];
    const out = {};
    for (const [kind] of kinds) {
      const before = withCpu ? await mainThreadTimes(cdp) : null;
      out[kind] = await page.evaluate(([k, s]) => window.bench.transfer(k, s), [kind, size]);
      if (withCpu) out[kind].cpuMs = ((await mainThreadTimes(cdp)).task - before.task) * 1000;
    }
    return out;
  });
  const figures = [];
  const data = { size, rounds };
  for (const [kind, label] of kinds) {
    const speed = (x) => x[kind].bytes / MiB / (x[kind].ms / 1000);
    const events = (x) => x[kind].events;
    const perSecond = (x) => x[kind].events / (x[kind].ms / 1000);
    figures.push({
      id: `transfer.${kind}.${browserName}`,
      section: 'transfers',
      label: `${label}: MB/s`,
      browser: browserName,
      baseline: 'raw XHR',
      kind: 'ratio',
      plume: ratio(runs.plume, runs.xhr, speed),
      axios: ratio(runs.axios, runs.xhr, speed),
      target: atLeast(0.97, '≥ 0.97× [axios 0.93–0.96×]'),
    });
    const plumeEvents = summary(runs.plume.map(events));
    const axiosEvents = summary(runs.axios.map(events));
    figures.push({
      id: `progress.${kind}.${browserName}`,
      section: 'transfers',
      label: `${label}: progress events per transfer (and per second)`,
      browser: browserName,
      baseline: `raw XHR ${summary(runs.xhr.map(events)).median} events`,
      kind: 'events',
      plume: { events: plumeEvents, rate: summary(runs.plume.map(perSecond)) },
      axios: { events: axiosEvents, rate: summary(runs.axios.map(perSecond)) },
      target: { text: "≥ axios's", test: () => plumeEvents.median >= axiosEvents.median },
    });
    data[kind] = Object.fromEntries(
      libs.map((lib) => [
        lib,
        { MiBPerSecond: summary(runs[lib].map(speed)), events: summary(runs[lib].map(events)), eventsPerSecond: summary(runs[lib].map(perSecond)) },
      ]),
    );
  }
  if (withCpu) {
    const cpu = (x) => kinds.reduce((sum, [kind]) => sum + x[kind].cpuMs, 0);
    figures.push({
      id: `transfer.cpu.${browserName}`,
      section: 'transfers',
      label: 'Large transfers: main-thread CPU (CDP TaskDuration, thread time), the three transfers above together',
      browser: browserName,
      baseline: 'raw XHR',
      kind: 'ratio',
      plume: ratio(runs.plume, runs.xhr, cpu),
      axios: ratio(runs.axios, runs.xhr, cpu),
      target: null,
    });
    data.cpuMs = Object.fromEntries(
      libs.map((lib) => [lib, Object.fromEntries(kinds.map(([kind]) => [kind, summary(runs[lib].map((x) => x[kind].cpuMs))]))]),
    );
  }

  // A 32 MiB transfer on loopback is over before a 3-a-second throttle can
  // say much, so the frequency of progress events is also compared on a
  // download the server paces over about 2 s. The three libraries run at the
  // same time here: the transfer mostly waits, and so all see the same pacing.
  const paced = { size: 4 * MiB, query: 'chunk=65536&interval=30' };
  const pacedRuns = { plume: [], axios: [], xhr: [] };
  for (let round = 0; round < pacedRounds; round++) {
    const results = await Promise.all(
      libs.map((lib) => pages[lib].page.evaluate(([s, q]) => window.bench.transfer('arraybuffer', s, q), [paced.size, paced.query])),
    );
    libs.forEach((lib, i) => pacedRuns[lib].push(results[i]));
  }
  const pacedEvents = (lib) => summary(pacedRuns[lib].map((x) => x.events));
  const pacedRate = (lib) => summary(pacedRuns[lib].map((x) => x.events / (x.ms / 1000)));
  figures.push({
    id: `progress.paced.${browserName}`,
    section: 'transfers',
    label: `Paced download (${paced.size / MiB} MiB in 64 KiB chunks every 30 ms, ~2 s): progress events (and per second)`,
    browser: browserName,
    baseline: `raw XHR ${pacedEvents('xhr').median} events`,
    kind: 'events',
    plume: { events: pacedEvents('plume'), rate: pacedRate('plume') },
    axios: { events: pacedEvents('axios'), rate: pacedRate('axios') },
    target: { text: "≥ axios's", test: () => pacedEvents('plume').median >= pacedEvents('axios').median },
  });
  data.paced = { ...paced, rounds: pacedRounds, runs: pacedRuns };
  return { figures, data };
}

// --- heap growth over many requests (Chromium) --------------------------------

// A fresh page per library and round: warm-up requests, GC, heap; the
// measured requests (8 at a time), GC, heap. The growth is what stays behind.
// Heap bytes do not depend on timing, so the three libraries' pages run at the
// same time (each in its own renderer process): the round takes a third as long.
export async function heapGrowthSection(browser, baseURL, rounds, { warmUp, requests }) {
  const libs = ['plume', 'axios', 'xhr'];
  const sample = async (lib) => {
    const libPage = await openLibPage(browser, baseURL, lib, { cdp: true });
    try {
      const { page, cdp } = libPage;
      await page.evaluate((n) => window.bench.requests('/api/echo', n, 8), warmUp);
      const before = await heapAfterGC(cdp);
      await page.evaluate((n) => window.bench.requests('/api/echo', n, 8), requests);
      const after = await heapAfterGC(cdp);
      return { bytes: after.used - before.used, before, after };
    } finally {
      await libPage.close();
    }
  };
  const runs = { plume: [], axios: [], xhr: [] };
  for (let round = 0; round < rounds; round++) {
    const results = await Promise.all(libs.map(sample));
    libs.forEach((lib, i) => runs[lib].push(results[i]));
  }
  const kb = (lib) => summary(runs[lib].map((x) => x.bytes / KB));
  const overRaw = (lib) => summary(runs[lib].map((x, i) => (x.bytes - runs.xhr[i].bytes) / KB));
  const xhr = kb('xhr');
  return {
    figures: [
      {
        id: 'memory.growth',
        section: 'memory',
        label: `JS heap growth over ${requests.toLocaleString('en-US')} GETs after ${warmUp} warm-up, GC forced; cell: growth (minus raw XHR's)`,
        browser: 'chromium',
        baseline: `raw XHR ${xhr.median >= 0 ? '+' : ''}${xhr.median.toFixed(1)} KB`,
        kind: 'growth',
        plume: { growth: kb('plume'), overRaw: overRaw('plume') },
        axios: { growth: kb('axios'), overRaw: overRaw('axios') },
        target: { text: "≤ raw XHR's + 16 KB [axios +60 KB vs +8 KB]", test: () => overRaw('plume').median <= 16 },
      },
    ],
    data: { runs, rounds, warmUp, requests },
  };
}
