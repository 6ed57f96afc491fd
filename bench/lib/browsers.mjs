// Launching the browsers and opening one page per library under test. Each
// page gets its own browser context, so each library runs in its own renderer
// process with its own heap, and nothing one library does warms up the other.
import { chromium, firefox } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(name) {
  if (name === 'chromium') return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  if (name === 'firefox') return firefox.launch({ executablePath: '/usr/bin/firefox-esr', channel: 'moz-firefox' });
  throw new Error(`unknown browser ${name}`);
}

// Where each library's UMD build is served (see run.mjs for the mounts).
export const UMD_URL = { plume: '/dist/axios.min.js', axios: '/ref/axios.min.js', xhr: null };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A page with the library's UMD build and bench/pages/harness.js loaded. The
// build may be in the middle of being rewritten by someone else: retry then.
export async function openLibPage(browser, baseURL, lib, { cdp = false } = {}) {
  let lastError;
  for (let attempt = 0; attempt < 5; attempt++) {
    const context = await browser.newContext({ baseURL });
    try {
      const page = await context.newPage();
      await page.goto('/bench/blank.html');
      if (UMD_URL[lib]) await page.addScriptTag({ url: UMD_URL[lib] });
      await page.addScriptTag({ url: '/bench/harness.js' });
      const loaded = await page.evaluate(() => window.bench?.lib);
      if (!loaded || (lib !== 'xhr' && loaded === 'xhr')) throw new Error(`${lib} did not load`);
      const session = cdp ? await context.newCDPSession(page) : null;
      return { lib, context, page, cdp: session, close: () => context.close() };
    } catch (error) {
      lastError = error;
      await context.close().catch(() => {});
      await sleep(2000);
    }
  }
  throw lastError;
}

// Chromium only: full garbage collection, then the isolate's heap in use.
export async function heapAfterGC(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { used: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? null, backing: usage.backingStorageSize ?? null };
}

// Chromium only: main-thread time so far, from the Performance domain, in
// seconds. Enabled with timeDomain threadTicks, so these are CPU times of the
// renderer's main thread, not wall time it spent descheduled.
export async function enableMetrics(cdp) {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
}
export async function mainThreadTimes(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

// Evaluates `text` as an inline <script> in `page`: appending it parses,
// compiles and runs it synchronously. Returns the append's wall time
// (performance.now) and whether the page is cross-origin isolated; with
// `trace` (Chromium only), also the trace's events and the script's
// EvaluateScript event, whose tdur is the main thread's CPU time.
export async function evaluateInlineScript(browser, page, text, { trace = false } = {}) {
  if (trace) await browser.startTracing(page, { categories: ['devtools.timeline', 'v8'] });
  const result = await page.evaluate((text) => {
    const script = document.createElement('script');
    script.textContent = text;
    const t0 = performance.now();
    document.head.appendChild(script);
    const t1 = performance.now();
    return { ms: t1 - t0, isolated: self.crossOriginIsolated };
  }, text);
  if (!trace) return result;
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  // An inline script's event has no URL; the longest one is the script's own.
  const evaluate = events
    .filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && e.args?.data?.url === '')
    .sort((a, b) => b.dur - a.dur)[0];
  if (!evaluate) throw new Error('no EvaluateScript event in the trace');
  return { ...result, events, evaluate };
}
