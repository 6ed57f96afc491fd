// Compares the start-up of two or more script files in Chromium, for changes
// too small for the main run's start-up ratio to show: each sample is a fresh
// page that evaluates the file as an inline script (prefixed with a unique
// comment, so no code cache serves it), traced. It prints the medians of the
// evaluation's main-thread CPU time, split into compiling (parse included)
// and running, and each file's median ratio to the first one, rounds
// interleaved.
//
//   node bench/compare-startup.mjs <file A> <file B> [more files] [--rounds=31]
//
// e.g. a copy of dist/axios.min.js from before a change against the new one.
// The same file against itself has come out within 5% (paired median) on this
// 2-core machine: run it twice, and trust only what both runs agree on.
import { readFileSync } from 'node:fs';
import { launch, evaluateInlineScript } from './lib/browsers.mjs';
import { interleave, summary } from './lib/stats.mjs';

const args = process.argv.slice(2);
const files = args.filter((arg) => !arg.startsWith('--'));
const rounds = Number((args.find((arg) => arg.startsWith('--rounds=')) || '--rounds=31').split('=')[1]);
if (files.length < 2) {
  console.error('usage: node bench/compare-startup.mjs <file A> <file B> [more files] [--rounds=31]');
  process.exit(2);
}
const sources = files.map((file) => readFileSync(file, 'utf8'));

const browser = await launch('chromium');
try {
  const context = await browser.newContext();
  await context.route('http://startup.invalid/', (route) =>
    route.fulfill({ status: 200, headers: { 'Content-Type': 'text/html' }, body: '<!doctype html><title>start-up</title>' })
  );
  let serial = 0;
  const sample = async (index) => {
    const page = await context.newPage();
    try {
      await page.goto('http://startup.invalid/');
      const text = `/* start-up sample ${++serial} ${Date.now()} */\n${sources[index]}`;
      const { events, evaluate } = await evaluateInlineScript(browser, page, text, { trace: true });
      // The compile and run phases are inside the script's evaluation, on its thread.
      const inside = (name) =>
        events
          .filter((e) => e.name === name && e.ph === 'X' && e.tid === evaluate.tid && e.ts >= evaluate.ts && e.ts <= evaluate.ts + evaluate.dur)
          .reduce((sum, e) => sum + (e.tdur ?? e.dur), 0);
      return { cpu: evaluate.tdur, compile: inside('v8.compile'), run: inside('v8.run') };
    } finally {
      await page.close();
    }
  };
  const indexes = files.map((_, index) => index);
  for (const index of indexes) await sample(index); // warm-up: the first pages of a context pay extra
  const runs = await interleave(indexes, rounds, sample);
  const median = (index, key) => summary(runs[index].map((r) => r[key])).median;
  console.log(`Chromium, ${rounds} fresh pages per file; main-thread CPU of the evaluation, medians (µs):\n`);
  console.log('file'.padEnd(48), 'total'.padStart(7), 'compile'.padStart(8), 'run'.padStart(7), '  vs first (paired)');
  for (const index of indexes) {
    const paired = summary(runs[index].map((r, round) => r.cpu / runs[0][round].cpu));
    console.log(
      files[index].slice(-48).padEnd(48),
      median(index, 'cpu').toFixed(0).padStart(7),
      median(index, 'compile').toFixed(0).padStart(8),
      median(index, 'run').toFixed(0).padStart(7),
      `  ${paired.median.toFixed(3)} (${paired.min.toFixed(2)}-${paired.max.toFixed(2)})`
    );
  }
} finally {
  await browser.close();
}
