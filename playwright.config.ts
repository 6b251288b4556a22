import { defineConfig } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4174);
// A run on a port of its own builds into a folder of its own, so parallel runs never share one.
const OUT_DIR = process.env.E2E_PORT ? `dist-e2e-${PORT}` : 'dist-e2e';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
    actionTimeout: 10_000,
    // One browser context per worker, reset between tests (storage, cache, routes, init
    // scripts, viewport): a new context costs each test a new renderer process and a cold
    // compile of the bundle, about a second of CPU on a two-core machine. What the reset
    // leaves is history (capped at 50 entries, so a spec that counts entries opts out) and
    // granted permissions (tests/e2e/fixtures.ts clears them). Tests that need a second,
    // fresh browser still open their own context.
    reuseContext: true,
  },
  // The production build in the e2e mode, which only adds the test hook, served statically:
  // the tests see the real bundle with its Content-Security-Policy.
  webServer: {
    command: `npx vite build --mode e2e --outDir ${OUT_DIR} --emptyOutDir --logLevel warn && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
