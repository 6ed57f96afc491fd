// @vitest-environment happy-dom
// happy-dom's FormData has no Symbol.toStringTag and its XMLHttpRequest no
// timeout: the first case checks the first, so this stays a test of both.
import { expect, test } from 'vitest';
import { describeInDom } from './dom-cases';

test('happy-dom still lacks the FormData tag and the XMLHttpRequest timeout', () => {
  expect(Object.prototype.toString.call(new FormData())).toBe('[object Object]');
  expect('timeout' in new XMLHttpRequest()).toBe(false);
});

describeInDom('happy-dom', (url) => (globalThis as any).happyDOM.setURL(url));
