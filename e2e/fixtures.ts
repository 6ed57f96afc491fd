import { test as base, expect, type Page } from '@playwright/test';

export { expect };

const PORT = Number(process.env.E2E_PORT || 5190);
/** The same echo server on a second port: another origin, for CORS and credentials. */
export const CROSS_ORIGIN = `http://127.0.0.1:${PORT + 1}`;
export const ORIGIN = `http://127.0.0.1:${PORT}`;

// What browsers themselves log about failed loads and blocked CORS requests:
// the browser's messages, not the library's.
const BROWSER_NETWORK_LOG = [
  /^Failed to load resource/,
  /^Access to (XMLHttpRequest|fetch) at .* (has been blocked by CORS policy|from origin)/,
  /net::ERR_/,
  /^Cross-Origin Request Blocked/,
  // Firefox reports a CORS refusal as a page error over WebDriver BiDi.
  /^The Same Origin Policy disallows reading the remote resource/,
  /^XHR|^NetworkError/,
];

export type Options = {
  /** The test page: which build it loads. */
  bundle: 'umd' | 'umd-dev' | 'esm' | 'esm-dev';
  /** The adapter set as the default for the whole page ('xhr' or 'fetch'). */
  adapter: 'xhr' | 'fetch';
  /** Messages a test expects on the page (a listener it made throw, for instance). */
  allowedPageErrors: RegExp[];
};

/** One browser page per worker, reused by its tests: creating a page costs more than a test. */
type Shared = { page: Page; problems: string[]; allowed: RegExp[] };

export const test = base.extend<Options & { problems: string[] }, { shared: Shared }>({
  bundle: ['umd', { option: true }],
  adapter: ['xhr', { option: true }],
  allowedPageErrors: [[], { option: true }],
  shared: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      const shared: Shared = { page: await context.newPage(), problems: [], allowed: [] };
      const allowed = (text: string) =>
        BROWSER_NETWORK_LOG.some((pattern) => pattern.test(text)) || shared.allowed.some((p) => p.test(text));
      shared.page.on('console', (message) => {
        if (message.type() === 'error' && !allowed(message.text())) shared.problems.push('console: ' + message.text());
      });
      shared.page.on('pageerror', (error) => {
        if (!allowed(error.message)) shared.problems.push('pageerror: ' + error.message);
      });
      await use(shared);
      await context.close();
    },
    { scope: 'worker' },
  ],
  problems: async ({ shared }, use) => use(shared.problems),
  // Each test still starts clean: no cookies, and a freshly loaded page (a
  // new JavaScript realm: nothing a previous test patched or left pending).
  page: async ({ shared, bundle, adapter, allowedPageErrors }, use) => {
    const { page } = shared;
    await page.context().clearCookies();
    await page.goto(`${ORIGIN}/e2e/${bundle}.html`);
    await page.waitForFunction(() => (window as any).axiosReady === true);
    shared.problems.length = 0;
    shared.allowed = allowedPageErrors;
    await page.evaluate((name) => ((window as any).axios.defaults.adapter = name), adapter);
    await use(page);
    // Give late rejections a task turn to surface, then check the page stayed clean.
    const unhandled = await page
      .evaluate(() => new Promise((resolve) => setTimeout(() => resolve((window as any).__unhandled), 20)))
      .catch(() => []);
    const problems = [...shared.problems, ...(unhandled as string[])];
    // Leave the page before the next test, so nothing from this one lands in its record.
    await page.goto('about:blank');
    shared.problems.length = 0;
    expect(problems, 'console errors or unhandled rejections').toEqual([]);
  },
});

/** Run a function in the page; `axios` is the page's global. */
export const inPage = <R, A = undefined>(page: Page, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> =>
  page.evaluate(fn as any, arg as any) as Promise<R>;
