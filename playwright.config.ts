import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4180);
/** Set E2E_BASE_URL to drive an already running console (a real cloud behind the dev server, or nginx). */
const externalBaseUrl = process.env.E2E_BASE_URL;

export default defineConfig({
  testDir: 'e2e',
  testIgnore: externalBaseUrl ? [] : ['**/integration/**'],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  // One retry in CI for timing-sensitive specs on a 2-core machine; a test that fails twice still fails
  // and a pass on retry is reported as flaky, not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: externalBaseUrl ?? `http://127.0.0.1:${port}`,
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  // The production build, served by `vite preview` with the embedded emulator (see README).
  webServer: externalBaseUrl
    ? undefined
    : {
        command: `npx vite preview --configLoader runner --port ${port} --strictPort`,
        url: `http://127.0.0.1:${port}/config.json`,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
        env: { PORT: String(port) },
      },
});
