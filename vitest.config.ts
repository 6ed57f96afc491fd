import { defineConfig } from 'vitest/config';

// Unit specs for pure modules and the echo server; browser specs live in e2e/.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
