import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// The nginx deployment test (integration/nginx/run.sh starts nginx and sets NGINX_URL).
const baseURL = process.env.NGINX_URL;
if (!baseURL) throw new Error('NGINX_URL is not set: run integration/nginx/run.sh [emulator|real]');

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // Not test-results/: other Playwright runs in this work tree empty it when they start.
  outputDir: join(process.env.NGINX_TEST_OUTPUT ?? tmpdir(), 'cinder-console-nginx-test-results'),
  use: {
    baseURL,
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
});
