import { test, expect, type Page } from '@playwright/test';
import { sections } from '../docs/.vitepress/pages';

// The documentation site as `npm start` serves it (the built docs at /, the
// bundles at /dist, the echo server at /api), in both languages.

const pages = ['index', ...sections.flatMap((section) => section.pages.map((page) => page.path))];
const url = (lang: 'en' | 'pt-BR', path: string) => (lang === 'en' ? '' : '/pt-BR') + '/' + (path === 'index' ? '' : path + '.html');

// Browser messages about failed loads are not the site's; anything else is.
const watchConsole = (page: Page) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push('pageerror: ' + error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource|net::ERR_/.test(message.text())) problems.push(message.text());
  });
  return problems;
};

/** Every live example on the page has run and shows a response. */
async function expectLiveExamplesDone(page: Page) {
  const examples = page.locator('.live-example');
  const count = await examples.count();
  for (let i = 0; i < count; i++) {
    const example = examples.nth(i);
    await expect(example).toHaveAttribute('data-state', /done|failed/, { timeout: 15_000 });
    const output = (await example.getByTestId('live-output').textContent()) || '';
    expect({ index: i, state: await example.getAttribute('data-state'), output }).toMatchObject({ state: 'done' });
    expect(output.trim().length).toBeGreaterThan(0);
  }
  return count;
}

test.describe('documentation site', { tag: '@build' }, () => {
  for (const path of pages) {
    test(`${path}: renders in both languages, switches to its twin, runs its examples`, async ({ page }) => {
      const problems = watchConsole(page);
      const response = await page.goto(url('en', path));
      expect(response?.status()).toBe(200);
      const examples: number[] = [];
      for (const lang of ['en', 'pt-BR'] as const) {
        if (lang === 'pt-BR') {
          // The language switcher lands on the same page in the other language.
          const twin = url('pt-BR', path);
          await page.locator('.VPNavBarTranslations button').first().hover();
          await page.locator(`.VPNavBarTranslations a[href="${twin}"]`).first().click();
          await expect(page).toHaveURL(new RegExp(twin.replace(/[.]/g, '\\.') + '$'));
        }
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator(path === 'index' ? '.VPHero .name' : '.vp-doc h1').first()).toBeVisible();
        examples.push(await expectLiveExamplesDone(page));
      }
      // Both languages show the same examples.
      expect(examples[0]).toBe(examples[1]);
      // The twin also loads on its own (a visitor's bookmark, a reload).
      expect((await page.reload())?.status()).toBe(200);
      expect(problems).toEqual([]);
    });
  }

  for (const [lang, term, expected] of [
    ['en', 'interceptors', '/reference/interceptors.html'],
    ['pt-BR', 'interceptadores', '/pt-BR/reference/interceptors.html'],
  ] as const) {
    test(`local search finds "${term}" in ${lang}`, async ({ page }) => {
      await page.goto(url(lang, 'guide/getting-started'));
      await page.locator('.VPNavBarSearch button').click();
      await page.locator('.VPLocalSearchBox input').fill(term);
      const result = page.locator(`.VPLocalSearchBox .results a[href^="${expected}"]`).first();
      await expect(result).toBeVisible();
    });
  }

  test('the progress page shows real progress bars for a download and an upload', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto(url('en', 'reference/progress'));
    for (const name of ['download', 'upload']) {
      const row = page.getByTestId(`progress-${name}`);
      await row.locator('button').click();
      await expect(row).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
      await expect(row.getByTestId('percent')).toHaveText('100%');
      expect(await row.locator('progress').evaluate((bar: HTMLProgressElement) => bar.value)).toBe(100);
    }
    expect(problems).toEqual([]);
  });
});
