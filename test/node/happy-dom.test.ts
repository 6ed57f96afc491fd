// @vitest-environment happy-dom
// happy-dom's FormData has no Symbol.toStringTag and its XMLHttpRequest no
// timeout. The first test checks that this is still so, so that the shared
// cases go on testing how plume works around both.
import { expect, test } from 'vitest';
import { describeInDom } from './dom-cases';

test('happy-dom still lacks the FormData tag and the XMLHttpRequest timeout', () => {
  expect(Object.prototype.toString.call(new FormData())).toBe('[object Object]');
  expect('timeout' in new XMLHttpRequest()).toBe(false);
});

describeInDom('happy-dom', (url) => (globalThis as any).happyDOM.setURL(url));
