import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

// The size budget: bytes are a feature, so a change that makes the bundles
// bigger than size-budget.json allows fails here, in npm test.
const root = fileURLToPath(new URL('../../', import.meta.url));
const { slack, bundles } = JSON.parse(readFileSync(root + 'size-budget.json', 'utf8'));
const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

describe('bundle size', () => {
  for (const [file, { budget }] of Object.entries<{ budget: number }>(bundles)) {
    it(`${file} stays within its gzip budget of ${budget} bytes`, () => {
      expect(existsSync(root + file), `${file} is missing: run npm run build`).toBe(true);
      const size = gzipped(root + file);
      expect(size, `${file} is ${size} bytes gzipped, over its budget of ${budget}`).toBeLessThanOrEqual(budget);
      expect(size, `${file} is ${size} bytes gzipped: lower its budget in size-budget.json`).toBeGreaterThan(budget - slack);
    });
  }

  // What the docs claim (getting started, notes): keep the words and this test in step.
  it('the UMD bundle is less than half the size of axios 1.21.1\'s, the ES module less than two thirds', () => {
    const reference = root + 'node_modules/axios-reference/dist/';
    expect(gzipped(root + 'dist/axios.min.js') / gzipped(reference + 'axios.min.js')).toBeLessThan(0.5);
    expect(gzipped(root + 'dist/esm/axios.min.js') / gzipped(reference + 'esm/axios.min.js')).toBeLessThan(2 / 3);
  });
});
