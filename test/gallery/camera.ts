import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { accessibilityViolations, requestsAnswered } from '../e2e/fixtures';

/** Where the pictures go: out/gallery unless GALLERY_DIR says otherwise. */
export const galleryDir = resolve(process.env.GALLERY_DIR ?? 'out/gallery');

/**
 * Waits until the screen has drawn what it asked for: every request to the main process
 * answered (the harness counts them), the screen's code loaded, the font loaded, and two frames painted after that,
 * twice over so that requests started by the first answers are waited for too.
 */
export async function settle(page: Page): Promise<void> {
  for (let round = 0; round < 2; round += 1) {
    // A screen's code is fetched the first time it is shown (renderer/src/routing), a
    // dialog's body sometimes too: both say so with aria-busy while they wait.
    await page.waitForFunction(() => !document.querySelector('.screen-loading, [aria-busy="true"]'));
    await page.evaluate(
      () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
    await requestsAnswered(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  }
}

/**
 * Saves what the window shows as NAME--VARIANT.png and, when the page is taller than the
 * window and no dialog is open, the whole page beside it as NAME--VARIANT--full.png. Returns the paths written.
 * Then axe checks the screen as shown (WCAG 2.2 AA, as the end-to-end suite does): the shot
 * fails with axe's list of violations, after its pictures are written so they can be looked at.
 */
export async function shoot(page: Page, name: string, variant: string): Promise<string[]> {
  mkdirSync(galleryDir, { recursive: true });
  await settle(page);
  const base = join(galleryDir, `${name}--${variant}`);
  const options = { animations: 'disabled', caret: 'hide' } as const;
  await page.screenshot({ ...options, path: `${base}.png` });
  const written = [`${base}.png`];
  // Behind an open dialog the rest of the page says nothing new.
  const tall = await page.evaluate(
    () => !document.querySelector('dialog[open]') && document.documentElement.scrollHeight > window.innerHeight + 1,
  );
  if (tall) {
    await page.screenshot({ ...options, path: `${base}--full.png`, fullPage: true });
    written.push(`${base}--full.png`);
  }
  // Soft, so a test taking two shots still writes and checks the second.
  expect.soft(await accessibilityViolations(page), `axe on ${name}--${variant}`).toEqual([]);
  return written;
}
