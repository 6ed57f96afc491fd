import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { test, expect, inPage, openPage } from './security-support';
import { exercise, expectOrdinary } from './exercise';

// Hardened pages: JavaScript's built-ins frozen before plume loads, by
// Object.freeze(Object.prototype) (a guard against prototype pollution), by
// freezing every built-in, or by SES's lockdown() (hardened JavaScript, as in
// MetaMask and Agoric). Where a prototype is frozen, assigning a property it
// already has (an error's `name`, a promise's `then`) throws in strict code,
// so the library must define such properties instead. Every case must give
// exactly what it gives on an ordinary page, with either build.

// The browser build of SES, beside the package.json its exports allow us to resolve.
const SES = readFileSync(join(dirname(createRequire(import.meta.url).resolve('ses/package.json')), 'dist/ses.umd.min.js'));

test.describe('hardened pages (frozen built-ins)', () => {
  // The page is shared by a worker's tests: the route goes with this file's.
  const sesScript = '**/e2e/ses.umd.min.js';
  test.beforeEach(({ page }) => page.route(sesScript, (route) => route.fulfill({ body: SES, contentType: 'text/javascript' })));
  test.afterEach(({ page }) => page.unroute(sesScript));

  test('every case gives on a hardened page exactly what it gives on an ordinary one', async ({ page, adapter }) => {
    test.setTimeout(60_000);
    const ordinary = await inPage(page, exercise);
    // The cases themselves, on the ordinary page: what the hardened pages must match.
    expectOrdinary(ordinary);

    for (const harden of ['object-prototype', 'intrinsics', 'ses']) {
      for (const bundle of ['umd', 'esm']) {
        await openPage(page, `/e2e/hardened.html?harden=${harden}&bundle=${bundle}`, adapter);
        const frozen = await inPage(page, () => [Object.isFrozen(Object.prototype), Object.isFrozen(Promise.prototype), Object.isFrozen(Error.prototype)]);
        expect(frozen, `${harden}: what is frozen`).toEqual(harden == 'object-prototype' ? [true, false, false] : [true, true, true]);
        expect(await inPage(page, exercise), `${harden}, ${bundle}`).toEqual(ordinary);
      }
    }
  });
});
