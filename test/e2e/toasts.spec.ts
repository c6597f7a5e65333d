import type { Locator } from '@playwright/test';
import { expect, expectAccessible, openSection, test } from './fixtures';

/** The narrowest window Cairn is designed for, where room is shortest. */
test.use({ viewport: { width: 1024, height: 700 } });

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

/** Whether two on-screen boxes share any pixel. */
async function overlap(a: Locator, b: Locator): Promise<boolean> {
  const [p, q] = [await box(a), await box(b)];
  return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
}

const toasts = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Notifications' }).getByRole('alertdialog');

test('a toast sits clear of the sidebar and of what it reports on, and stays on its page', async ({ page }) => {
  await openSection(page, 'Settings');
  const backUp = page.getByRole('button', { name: 'Back up now' });
  await backUp.click();
  const toast = toasts(page);
  await expect(toast).toHaveText('Backup written and checked.');
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  expect(await overlap(toast, sidebar), 'the toast covers the sidebar').toBe(false);
  expect(await overlap(toast, backUp), 'the toast covers the button it reports on').toBe(false);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page);
  }

  // A dialog opened over the page starts afresh: what was said about the page goes.
  await page
    .getByRole('button', { name: /^Restore/ })
    .first()
    .click();
  await expect(page.getByRole('dialog', { name: 'Restore this backup?' })).toBeVisible();
  await expect(toasts(page)).toHaveCount(0);
  await page.keyboard.press('Escape');

  await backUp.click();
  await expect(toast).toBeVisible();
  await openSection(page, 'People');
  await expect(toasts(page)).toHaveCount(0);
});

test('a toast raised as a dialog closes shows on the page, clear of the sidebar', async ({ page }) => {
  await openSection(page, 'Teams');
  await page.getByRole('button', { name: 'New team…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New team' });
  await dialog.getByLabel('Name').fill('Platform');
  await dialog.getByRole('button', { name: 'Add team' }).click();
  await expect(dialog).toBeHidden();
  const toast = toasts(page);
  await expect(toast).toHaveText('Added Platform.');
  expect(await overlap(toast, page.getByRole('navigation', { name: 'Main' }))).toBe(false);
  expect(await overlap(toast, page.getByRole('heading', { name: 'Platform' }))).toBe(false);
  await expectAccessible(page);
});

test('a toast raised while a dialog stays open sits in the dialog, under its actions', async ({ page, app }) => {
  const team = app.call('teams.create', { name: 'Platform', description: '' });
  await openSection(page, 'Teams');
  await page.getByRole('button', { name: 'Actions for Platform' }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Platform?' });
  await expect(dialog).toBeVisible();
  // Nothing said about zero members (a manager's words).
  await expect(dialog).toContainText('The team is removed. No one active is in it.');
  // Gone meanwhile (here through the store directly): the store refuses, and the dialog stays open.
  app.call('teams.delete', { id: team.id });
  const deleteTeam = dialog.getByRole('button', { name: 'Delete team' });
  await deleteTeam.click();
  const toast = dialog.getByRole('region', { name: 'Notifications' }).getByRole('alertdialog');
  await expect(toast).toBeVisible();
  expect(await overlap(toast, deleteTeam), 'the toast covers the dialog’s action').toBe(false);
  const [t, d, b] = [await box(toast), await box(dialog), await box(deleteTeam)];
  expect(t.y, 'the toast sits under the actions').toBeGreaterThanOrEqual(b.y + b.height);
  expect(t.y + t.height, 'inside the dialog').toBeLessThanOrEqual(d.y + d.height);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page);
  }
});
