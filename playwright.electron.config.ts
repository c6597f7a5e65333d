import { defineConfig } from '@playwright/test';

/**
 * Playwright against the real Electron app (`npm run build`, then `npm run test:electron`;
 * under `xvfb-run` on Linux). Kept apart from playwright.config.ts, whose testDir is
 * test/e2e, so the browser suite never picks these up. Specs skip themselves where the
 * Electron binary is not installed.
 */
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '*.electron.ts',
  // One Electron app at a time: each launch is a whole browser plus the main process.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/electron',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
