import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { choose } from './keyboard';

/**
 * By keyboard through the palette: finds the person by `search`, chooses "Add a topic for
 * next time with …" and types the topic into the dialog it opens. Returns the dialog.
 */
export async function addTopicForNextTime(page: Page, search: string, personName: string, topic: string) {
  await page.keyboard.press('Control+K');
  await page.keyboard.type(search);
  await choose(page, `Add a topic for next time with ${personName}…`);
  const dialog = page.getByRole('dialog', { name: 'Topic for next time' });
  await expect(dialog.getByLabel('Topic')).toBeFocused();
  await page.keyboard.type(topic);
  await page.keyboard.press('Enter');
  return dialog;
}
