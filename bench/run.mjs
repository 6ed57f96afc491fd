#!/usr/bin/env node
// plume's benchmark: size, pipeline cost, loopback requests, main-thread CPU,
// large transfers, memory and start-up, each a ratio against axios 1.21.1
// and/or raw XMLHttpRequest measured side by side in the same run.
//
//   node bench/run.mjs                  full run (about 3 minutes)
//   node bench/run.mjs --quick          fewer, shorter rounds: a smoke run
//   node bench/run.mjs --only=size,requests
//                                       sections: size startup pipeline requests transfers memory
//   node bench/run.mjs --browsers=chromium
//                                       skip Firefox (default: chromium,firefox)
//
// Writes bench/results/latest.json and bench/results/latest.md and prints the
// table. See bench/README.md for how each figure is measured.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine } from './lib/machine.mjs';
import { launch, openLibPage } from './lib/browsers.mjs';
import { markdown, figureValue } from './lib/report.mjs';
import {
  sizeSection,
  startupSection,
  residentSection,
  pipelineSection,
  requestsSection,
  transfersSection,
  heapGrowthSection,
} from './lib/sections.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SECTIONS = ['size', 'startup', 'pipeline', 'requests', 'transfers', 'memory'];

function parseArgs(argv) {
  const args = { quick: false, only: SECTIONS, browsers: ['chromium', 'firefox'] };
  for (const arg of argv) {
    if (arg === '--quick') args.quick = true;
    else if (arg.startsWith('--only=')) args.only = arg.slice(7).split(',').filter(Boolean);
    else if (arg.startsWith('--browsers=') || arg.startsWith('--browser=')) args.browsers = arg.split('=')[1].split(',').filter(Boolean);
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node bench/run.mjs [--quick] [--only=' + SECTIONS.join(',') + '] [--browsers=chromium,firefox]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  for (const s of args.only) if (!SECTIONS.includes(s)) throw new Error(`unknown section ${s} (known: ${SECTIONS.join(', ')})`);
  for (const b of args.browsers) if (!['chromium', 'firefox'].includes(b)) throw new Error(`unknown browser ${b}`);
  return args;
}

// Rounds and batch sizes. Each round measures every library once, in turn.
const PLAN = {
  full: {
    // Start-up is measured in fresh pages, one evaluation each: more rounds for a steadier median.
    startup: 15,
    resident: 3,
    pipeline: { rounds: 9, sliceMs: 200, warmUpMs: 1500 },
    requests: { rounds: 15, sliceMs: 300 },
    // Transfers are the noisiest figures (a 32 MiB transfer is over in a fraction of a second): more rounds.
    transfers: { rounds: 11, size: 32 * 1024 * 1024, pacedRounds: 1 },
    memory: { rounds: 1, warmUp: 500, requests: 5000 },
    firefox: { startup: 9, pipeline: 7, requests: 5, transfers: 9 },
  },
  quick: {
    startup: 3,
    resident: 2,
    pipeline: { rounds: 3, sliceMs: 100, warmUpMs: 300 },
    requests: { rounds: 3, sliceMs: 150 },
    transfers: { rounds: 2, size: 32 * 1024 * 1024, pacedRounds: 1 },
    memory: { rounds: 1, warmUp: 200, requests: 1000 },
    firefox: { startup: 3, pipeline: 3, requests: 2, transfers: 1 },
  },
};

function ensureBuilds() {
  const builds = ['dist/axios.min.js', 'dist/esm/axios.min.js', 'dist/esm/axios.js'];
  if (builds.every((f) => existsSync(path.join(ROOT, f)))) return;
  console.error('dist/ is missing: running npm run build');
  execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  if (!existsSync(path.join(ROOT, 'node_modules/axios-reference/dist/axios.min.js'))) {
    throw new Error('node_modules/axios-reference is missing: run npm install');
  }
}

async function main() {
  const started = Date.now();
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${error.message}`);
    process.exit(2);
  }
  const plan = args.quick ? PLAN.quick : PLAN.full;
  const wants = (s) => args.only.includes(s);
  ensureBuilds();

  const machine = { date: new Date().toISOString(), ...describeMachine(), browsers: {} };
  const figures = [];
  const data = {};
  const errors = [];
  const loads = {};
  const step = async (name, fn) => {
    const t0 = Date.now();
    loads[name] = Math.round(os.loadavg()[0] * 100) / 100;
    process.stderr.write(`bench: ${name}...`);
    try {
      const result = await fn();
      figures.push(...result.figures);
      data[name] = result.data;
      process.stderr.write(` ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    } catch (error) {
      process.stderr.write(` failed\n`);
      console.error(error);
      errors.push({ section: name, message: String(error?.stack ?? error) });
    }
  };

  if (wants('size')) await step('size', () => sizeSection(ROOT));

  const browserSections = ['startup', 'pipeline', 'requests', 'transfers', 'memory'].filter(wants);
  if (browserSections.length) {
    const { startServer } = await import('../server/index.mjs');
    const server = await startServer({
      port: 0,
      crossPort: 0,
      staticDirs: [
        { mount: '/dist', dir: path.join(ROOT, 'dist') },
        { mount: '/ref', dir: path.join(ROOT, 'node_modules/axios-reference/dist') },
        { mount: '/bench', dir: path.join(ROOT, 'bench/pages') },
      ],
    });
    try {
      for (const browserName of args.browsers) {
        const chromium = browserName === 'chromium';
        const sections = browserSections.filter((s) => chromium || s !== 'memory');
        if (!sections.length) continue;
        const browser = await launch(browserName);
        machine.browsers[browserName] = browser.version();
        const rounds = chromium ? null : plan.firefox;
        try {
          if (sections.includes('startup')) {
            await step(`startup.${browserName}`, () => startupSection(browser, browserName, server.url, ROOT, rounds?.startup ?? plan.startup));
          }
          if (chromium && sections.includes('memory')) {
            await step('memory.resident', () => residentSection(browser, server.url, plan.resident));
          }
          const paged = sections.filter((s) => ['pipeline', 'requests', 'transfers'].includes(s));
          if (paged.length) {
            const pages = {};
            for (const lib of ['plume', 'axios', 'xhr']) pages[lib] = await openLibPage(browser, server.url, lib, { cdp: chromium });
            try {
              if (paged.includes('pipeline')) {
                await step(`pipeline.${browserName}`, () =>
                  pipelineSection(pages, browserName, rounds?.pipeline ?? plan.pipeline.rounds, plan.pipeline.sliceMs, plan.pipeline.warmUpMs),
                );
              }
              if (paged.includes('requests')) {
                await step(`requests.${browserName}`, () =>
                  requestsSection(pages, browserName, rounds?.requests ?? plan.requests.rounds, plan.requests),
                );
              }
              if (paged.includes('transfers')) {
                await step(`transfers.${browserName}`, () =>
                  transfersSection(pages, browserName, rounds?.transfers ?? plan.transfers.rounds, plan.transfers.size, plan.transfers.pacedRounds),
                );
              }
            } finally {
              for (const p of Object.values(pages)) await p.close().catch(() => {});
            }
          }
          if (chromium && sections.includes('memory')) {
            await step('memory.growth', () => heapGrowthSection(browser, server.url, plan.memory.rounds, plan.memory));
          }
        } finally {
          await browser.close();
        }
      }
    } finally {
      await server.close();
    }
  }

  machine.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
  // The 1-minute load average as each section started: other work on a
  // shared machine shows up here, and in the spreads.
  machine.loadAverageBySection = loads;
  for (const f of figures) {
    f.met = f.target ? Boolean(f.target.test(figureValue(f))) : null;
    if (f.target) f.target = { text: f.target.text };
  }
  const wallSeconds = (Date.now() - started) / 1000;
  const md = markdown({ machine, figures, wallSeconds, args });
  const results = path.join(ROOT, 'bench/results');
  mkdirSync(results, { recursive: true });
  writeFileSync(
    path.join(results, 'latest.json'),
    JSON.stringify({ machine, args, wallSeconds, figures, data, errors }, null, 2) + '\n',
  );
  writeFileSync(path.join(results, 'latest.md'), md);
  console.log(md);
  if (errors.length) {
    console.error(`${errors.length} section(s) failed: ${errors.map((e) => e.section).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
