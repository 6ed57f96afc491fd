// Shared by the security, faults, load and fuzz specs (not a spec itself).
import type { Page, Request as PwRequest, Route } from '@playwright/test';
import { test as base, expect, inPage, ORIGIN, CROSS_ORIGIN } from './fixtures';

export { expect, inPage, ORIGIN, CROSS_ORIGIN };
export const PORT = Number(new URL(ORIGIN).port);
export const CROSS_PORT = Number(new URL(CROSS_ORIGIN).port);
export const ADAPTERS = ['xhr', 'fetch'] as const;

/** Load another of our test pages and make it ready like the fixture's page. */
export async function openPage(page: Page, path: string, adapter: 'xhr' | 'fetch' = 'xhr') {
  await page.goto(ORIGIN + path);
  await page.waitForFunction(() => (window as any).axiosReady === true);
  await page.evaluate((name) => ((window as any).axios.defaults.adapter = name), adapter);
}

export type Captured = { method: string; url: string; headers: Record<string, string> };

/**
 * The fixtures' test, plus two helpers that clean up after themselves (the
 * page is shared by the tests of a worker):
 *
 * capture(match): answer, inside the browser, every request whose URL
 * matches, with an echo of what the browser sent (the same shape as
 * /api/echo: { headers, url, host, path }) and CORS headers that let any page
 * read it with credentials. For origins the echo server cannot be (https:,
 * other host names) and paths it does not serve. Resolves to the live list of
 * requests seen, preflights included.
 *
 * sent(match): the live list of request URLs the page sent that match.
 */
export const test = base.extend<{
  capture: (match: (url: URL) => boolean) => Promise<Captured[]>;
  sent: (match: (url: URL) => boolean) => string[];
}>({
  capture: async ({ page }, use) => {
    const routes: Array<[(url: URL) => boolean, (route: Route) => Promise<void>]> = [];
    await use(async (match) => {
      const seen: Captured[] = [];
      const handler = async (route: Route) => {
        const request = route.request();
        const headers = await request.allHeaders();
        seen.push({ method: request.method(), url: request.url(), headers });
        const cors = {
          'Access-Control-Allow-Origin': headers.origin || ORIGIN,
          'Access-Control-Allow-Credentials': 'true',
          'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
          'Access-Control-Allow-Headers': headers['access-control-request-headers'] || '*',
          'Cache-Control': 'no-store',
        };
        if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
        const url = new URL(request.url());
        await route.fulfill({
          status: 200,
          headers: { ...cors, 'Content-Type': 'application/json' },
          body: JSON.stringify({ captured: true, url: request.url(), host: url.host, path: url.pathname, headers }),
        });
      };
      routes.push([match, handler]);
      await page.route(match, handler);
      return seen;
    });
    for (const [match, handler] of routes) await page.unroute(match, handler);
  },
  sent: async ({ page }, use) => {
    const listeners: Array<(request: PwRequest) => void> = [];
    await use((match) => {
      const urls: string[] = [];
      const listener = (request: PwRequest) => void (match(new URL(request.url())) && urls.push(request.url()));
      listeners.push(listener);
      page.on('request', listener);
      return urls;
    });
    for (const listener of listeners) page.off('request', listener);
  },
});

/**
 * Install, in the page, counters for what a request may leave behind:
 * timers (setTimeout not yet run nor cleared) and event listeners (added and
 * not removed, on any EventTarget). `window.__leaks.live()` reports them;
 * `window.__leaks.setTimeout` is the original, for the test's own timers.
 */
export async function trackLeaks(page: Page) {
  await page.evaluate(() => {
    const w = window as any;
    if (w.__leaks) return;
    const originalSet = window.setTimeout.bind(window);
    const originalClear = window.clearTimeout.bind(window);
    const timers = new Map<number, string>();
    (window as any).setTimeout = function (fn: any, ms?: number, ...args: any[]) {
      const id: number = originalSet(function (this: any) {
        timers.delete(id);
        return typeof fn == 'function' ? fn.apply(this, args) : undefined;
      }, ms);
      timers.set(id, String(fn).slice(0, 120));
      return id;
    };
    (window as any).clearTimeout = (id: number) => {
      timers.delete(id);
      originalClear(id);
    };
    const listeners = new Map<EventTarget, Map<string, Set<unknown>>>();
    const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: any, options?: any) {
      if (listener && this !== window && this !== document) {
        const byType = listeners.get(this) || new Map();
        listeners.set(this, byType);
        (byType.get(type) || byType.set(type, new Set()).get(type)!).add(listener);
      }
      return add.call(this, type, listener, options);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: any, options?: any) {
      listeners.get(this)?.get(type)?.delete(listener);
      return remove.call(this, type, listener, options);
    };
    w.__leaks = {
      setTimeout: originalSet,
      /** Forget what was recorded so far: the next live() is about what comes after. */
      reset() {
        timers.clear();
        listeners.clear();
        w.__leaks.tokens.clear();
      },
      live() {
        const left: string[] = [];
        for (const [target, byType] of listeners) {
          for (const [type, set] of byType) if (set.size) left.push(`${target.constructor.name}:${type} x${set.size}`);
        }
        return { timers: [...timers.values()], listeners: left };
      },
      /** The CancelToken subscriptions still held, for tokens made by trackedToken(). */
      tokens: new Set<unknown>(),
      trackedToken() {
        const source = (window as any).axios.CancelToken.source();
        const token = source.token;
        const subscribe = token.subscribe.bind(token);
        const unsubscribe = token.unsubscribe.bind(token);
        token.subscribe = (fn: unknown) => (w.__leaks.tokens.add(fn), subscribe(fn));
        token.unsubscribe = (fn: unknown) => (w.__leaks.tokens.delete(fn), unsubscribe(fn));
        return source;
      },
    };
  });
}

/** Wait until the echo server holds no /api/never request any more (the client closed them). */
export async function neverPendingDrops(page: Page, timeoutMs = 3000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let pending = -1;
  while (Date.now() < deadline) {
    pending = (await (await page.request.get(ORIGIN + '/api/never/pending')).json()).pending;
    if (pending === 0) return 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return pending;
}
