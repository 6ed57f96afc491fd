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

export const test = base.extend<Options & { problems: string[] }>({
  bundle: ['umd', { option: true }],
  adapter: ['xhr', { option: true }],
  allowedPageErrors: [[], { option: true }],
  problems: async ({}, use) => use([]),
  page: async ({ page, bundle, adapter, allowedPageErrors, problems }, use) => {
    const allowed = (text: string) =>
      BROWSER_NETWORK_LOG.some((pattern) => pattern.test(text)) || allowedPageErrors.some((p) => p.test(text));
    page.on('console', (message) => {
      if (message.type() === 'error' && !allowed(message.text())) problems.push('console: ' + message.text());
    });
    page.on('pageerror', (error) => {
      if (!allowed(error.message)) problems.push('pageerror: ' + error.message);
    });
    await page.goto(`/e2e/${bundle}.html`);
    await page.waitForFunction(() => (window as any).axiosReady === true);
    await page.evaluate((name) => ((window as any).axios.defaults.adapter = name), adapter);
    await use(page);
    // Give late rejections a task turn to surface, then check the page stayed clean.
    const unhandled = await page
      .evaluate(() => new Promise((resolve) => setTimeout(() => resolve((window as any).__unhandled), 20)))
      .catch(() => []);
    expect([...problems, ...(unhandled as string[])], 'console errors or unhandled rejections').toEqual([]);
  },
});

/** Run a function in the page; `axios` is the page's global. */
export const inPage = <R, A = undefined>(page: Page, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> =>
  page.evaluate(fn as any, arg as any) as Promise<R>;
