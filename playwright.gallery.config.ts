import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/e2e/chromium';

/**
 * `npm run screenshots` (after `npm run build`): the screenshot gallery, written to
 * out/gallery (or GALLERY_DIR). One project per theme and window size; pick some with
 * `-- --grep meeting` or `-- --project dark-1024`. GALLERY_LOCALE and GALLERY_TIME_ZONE
 * show the app as someone elsewhere sees it. Kept apart from playwright.config.ts, so
 * `npm test` never runs it.
 */
const sizes = { 1024: { width: 1024, height: 700 }, 1440: { width: 1440, height: 900 } };
const themes = ['light', 'dark'] as const;
const locale = process.env.GALLERY_LOCALE ?? 'en-GB';
const timezoneId = process.env.GALLERY_TIME_ZONE ?? 'Europe/London';

// The main-process handlers run in this Node process and its workers (forked after this
// line, with this environment): they format dates and follow "this computer's" zone as the
// window does, so the gallery shows one manager in one place. TZ is read on every change;
// ICU takes its default locale from LC_ALL when a worker starts. Only the gallery: the
// end-to-end suite keeps the machine's own zone and locale.
process.env.TZ = timezoneId;
process.env.LC_ALL = `${locale.replace('-', '_')}.UTF-8`;

export default defineConfig({
  testDir: 'test/gallery',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: process.env.GALLERY_WORKERS ? Number(process.env.GALLERY_WORKERS) : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'out/gallery-test-results',
  use: {
    launchOptions: chromiumLaunchOptions(),
    locale,
    timezoneId,
    trace: 'retain-on-failure',
  },
  projects: themes.flatMap((colorScheme) =>
    Object.entries(sizes).map(([width, viewport]) => ({
      name: `${colorScheme}-${width}`,
      use: { colorScheme, viewport },
    })),
  ),
});
