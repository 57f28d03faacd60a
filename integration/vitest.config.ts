import { defineConfig } from 'vitest/config';

// The integration suite's own config (npm run test:integration), so `npm run test:unit` never needs a cloud.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
