import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect, inPage, openPage } from './security-support';
import { exercise, expectOrdinary } from './exercise';

// Pages under a strict Content-Security-Policy, as security-minded sites set
// it: scripts only from the page's own origin or listed by hash (so no eval,
// no new Function), and Trusted Types enforced, so that no string reaches an
// HTML or script sink unless the page's own policy lets it. The usual test
// pages are served with that header added (?csp= names the Trusted Types
// policies the page may create).

const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

function policy(html: string, trustedTypes: string) {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => hashOf(match[1]));
  return [
    "default-src 'self'",
    `script-src 'self' ${inline.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes}`,
  ].join('; ');
}

/** Opens an e2e page under the strict policy; resolves once plume has loaded. */
async function openStrict(page: Page, bundle: 'umd' | 'esm', adapter: 'xhr' | 'fetch', trustedTypes: "'none'" | 'default') {
  await openPage(page, `/e2e/${bundle}.html?csp=${encodeURIComponent(trustedTypes)}`, adapter);
  // Count what the page's policy refuses from here on; then show that it is enforced.
  return inPage(page, async () => {
    // From a timer, as the page's own code: the driver's evaluations may use eval.
    await new Promise((resolve) => setTimeout(resolve));
    const w = window as any;
    w.violations = [];
    addEventListener('securitypolicyviolation', (event) => w.violations.push(event.violatedDirective + ' ' + event.sample));
    const refused = (fn: () => void) => {
      try {
        fn();
        return 'allowed';
      } catch (error: any) {
        return error.name;
      }
    };
    return [refused(() => (document.body.innerHTML = '<b>probe</b>')), refused(() => (0, eval)('1'))];
  });
}

const violations = (page: Page) => inPage(page, () => (window as any).violations.splice(0));

test.describe('pages under a strict Content-Security-Policy with Trusted Types', () => {
  // What the browsers log about the probes (and, below, the refused parse): theirs, not plume's.
  test.use({ allowedPageErrors: [/requires 'Trusted(HTML|Script)' assignment|blocked assigning to an injection sink|blocked a JavaScript eval|'unsafe-eval'/] });
  const strictPages = (url: URL) => url.pathname.startsWith('/e2e/') && url.searchParams.has('csp');
  test.beforeEach(({ page }) =>
    page.route(strictPages, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const trustedTypes = new URL(route.request().url()).searchParams.get('csp')!;
      await route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-security-policy': policy(html, trustedTypes) } });
    })
  );
  test.afterEach(({ page }) => page.unroute(strictPages));

  test('every case gives exactly what it gives on an ordinary page, and the policy refuses nothing plume does', async ({ page, adapter }) => {
    test.setTimeout(60_000);
    const ordinary = await inPage(page, exercise);
    expectOrdinary(ordinary);
    for (const bundle of ['umd', 'esm'] as const) {
      expect(await openStrict(page, bundle, adapter, "'none'"), `${bundle}: the policy is enforced`).toEqual(['TypeError', 'EvalError']);
      expect((await violations(page)).length).toBe(2);
      expect(await inPage(page, exercise), bundle).toEqual(ordinary);
      expect(await violations(page), bundle).toEqual([]);
    }
  });

  // Each adapter chosen per request: tagged so that the fetch projects do not run it again.
  test('responseType document: parsed by XMLHttpRequest; by fetch, through the page\'s default policy or else ERR_NOT_SUPPORT @fetch-adapter', async ({ page }) => {
    const documents = () =>
      Promise.all(
        ['xhr', 'fetch'].flatMap((adapter) =>
          ['/api/html', '/api/xml'].map((url) =>
            axios.get(url, { adapter: adapter as any, responseType: 'document' }).then(
              ({ data }) => [adapter, url, data instanceof Document, data.documentElement.nodeName],
              (error) => [adapter, url, error.name, error.code, axios.isAxiosError(error), !!error.config, !!error.request, error.cause instanceof TypeError]
            )
          )
        )
      );
    const parsed = [
      ['xhr', '/api/html', true, 'HTML'],
      ['xhr', '/api/xml', true, 'library'],
      ['fetch', '/api/html', true, 'HTML'],
      ['fetch', '/api/xml', true, 'library'],
    ];
    for (const bundle of ['umd', 'esm'] as const) {
      // No policy may be made: the fetch adapter's parse is refused, and says so with a code.
      await openStrict(page, bundle, 'xhr', "'none'");
      await violations(page);
      const refused = ['TypeError', 'ERR_NOT_SUPPORT', true, true, true, true];
      expect(await inPage(page, documents), bundle).toEqual([...parsed.slice(0, 2), ['fetch', '/api/html', ...refused], ['fetch', '/api/xml', ...refused]]);
      expect((await violations(page)).length, bundle).toBe(2);

      // The page's default policy is what lets a string become a document: plume goes through it.
      await openStrict(page, bundle, 'xhr', 'default');
      await inPage(page, () => {
        const w = window as any;
        w.passedPolicy = 0;
        w.trustedTypes.createPolicy('default', { createHTML: (html: string) => (w.passedPolicy++, html) });
      });
      await violations(page);
      expect(await inPage(page, documents), bundle).toEqual(parsed);
      expect(await inPage(page, () => (window as any).passedPolicy), bundle).toBe(2);
      expect(await violations(page), bundle).toEqual([]);
    }
  });
});
