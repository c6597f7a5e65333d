import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Where focus is, in words for a failure message; the test never accepts <body>. */
export async function expectFocusSensible(page: Page, step: string) {
  const where = await page.evaluate(() => {
    const el = document.activeElement;
    return !el || el === document.body ? 'body' : `${el.tagName.toLowerCase()}.${el.className}`;
  });
  expect(where, `focus after: ${step}`).not.toBe('body');
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking focus never falls to <body> on
 * the way. In a notes editor Tab indents, so it presses Escape first, as the editor's hint says.
 */
export async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', most = 60) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    if (await page.evaluate(() => document.activeElement?.shadowRoot != null)) await page.keyboard.press('Escape');
    await page.keyboard.press(key);
    await expectFocusSensible(page, `${key} #${i + 1}`);
  }
  throw new Error(`${key} never reached the target`);
}

/** In the open palette, arrow down to the option named `name` and choose it. */
export async function choose(page: Page, name: string) {
  const option = page.getByRole('option', { name });
  await expect(option).toBeVisible();
  for (let i = 0; i < 20 && (await option.getAttribute('aria-selected')) !== 'true'; i++)
    await page.keyboard.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
}
