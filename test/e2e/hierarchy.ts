import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * DESIGN.md, "Hierarchy": one primary action per screen. Counts the buttons and links drawn
 * as primary that are on screen now (a closed dialog's or a hidden menu's do not count).
 */
export async function expectOnePrimaryAction(page: Page, name: string | RegExp) {
  const primary = page.locator('.button--primary:visible');
  await expect(primary).toHaveCount(1);
  await expect(primary).toHaveAccessibleName(name);
}
