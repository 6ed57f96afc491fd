import { defineConfig } from '@playwright/test';
import type { Options } from './e2e/fixtures';

// Browsers come from Debian's packages (scripts/ensure-browsers.mjs installs
// them): Playwright cannot download its own here. Firefox is driven over
// WebDriver BiDi (channel 'moz-firefox').
const PORT = Number(process.env.E2E_PORT || 5190);
const CROSS_PORT = PORT + 1;

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
};
const firefox = {
  browserName: 'firefox' as const,
  channel: 'moz-firefox',
  launchOptions: { executablePath: '/usr/bin/firefox-esr' },
};
// Specs about XMLHttpRequest itself, about the build, or that choose the fetch adapter themselves.
const XHR_ONLY = /@xhr-only|@build|@fetch-adapter/;

export default defineConfig<Options>({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['dot'], ['./e2e/summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
  },
  webServer: {
    command: 'node server/index.mjs',
    env: {
      PORT: String(PORT),
      CROSS_PORT: String(CROSS_PORT),
      HOST: '127.0.0.1',
      ...(process.env.PLUME_DIST ? { PLUME_DIST: process.env.PLUME_DIST } : {}),
    },
    url: `http://127.0.0.1:${PORT}/api/echo`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  projects: [
    { name: 'chromium', use: chromium },
    { name: 'firefox', use: firefox },
    // The adapter-independent specs again, with the fetch adapter as the default.
    { name: 'chromium-fetch', use: { ...chromium, adapter: 'fetch' }, grepInvert: XHR_ONLY },
    { name: 'firefox-fetch', use: { ...firefox, adapter: 'fetch' }, grepInvert: XHR_ONLY },
  ],
});
