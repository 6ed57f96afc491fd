import { defineConfig } from '@playwright/test';

// Browsers come from Debian's packages (scripts/ensure-browsers.mjs installs
// them): Playwright cannot download its own here. Firefox is driven over
// WebDriver BiDi (channel 'moz-firefox').
const PORT = Number(process.env.E2E_PORT || 5190);
const CROSS_PORT = PORT + 1;

export default defineConfig({
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
    env: { PORT: String(PORT), CROSS_PORT: String(CROSS_PORT), HOST: '127.0.0.1' },
    url: `http://127.0.0.1:${PORT}/api/echo`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    {
      name: 'firefox',
      use: {
        browserName: 'firefox',
        channel: 'moz-firefox',
        launchOptions: { executablePath: '/usr/bin/firefox-esr' },
      },
    },
  ],
});
