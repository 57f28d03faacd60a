import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Two projects: pure logic (API layer, emulator, proxy, rules) in Node; components in jsdom.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'emulator/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts',
            // The contract suite's comparison rules are pure; the suite itself needs a real cloud (npm run test:integration).
            'integration/contract/compare.test.ts',
          ],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          // Real antd in jsdom is slow, more so on a busy 2-core machine: time out on hangs, not on load.
          testTimeout: 60_000,
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
  },
});
