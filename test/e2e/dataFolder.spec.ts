import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { emptyPersonFields } from '#shared/people/model';
import { newFolder } from '../support/dataFolders';
import { APP_URL, expect, expectAccessible, test } from './fixtures';
import { choose, tabTo } from './keyboard';

/**
 * Settings → Your data → Move data…, by keyboard only. Electron's folder picker is the one
 * boundary stood in for (the harness's pickFolder returns a real temp folder); the move at
 * the next start is the real one, run by the harness's restart as Electron's relaunch would.
 */
const folders: string[] = [];
test.afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function goToSettings(page: Page) {
  // The window has drawn its first screen (and listens for the palette's shortcut).
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Control+K');
  await expect(page.getByRole('combobox', { name: /^Search people/ })).toBeFocused();
  await page.keyboard.type('Settings');
  await choose(page, 'Go to Settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

test('moving the data to a folder chosen with the system picker, by keyboard, in both themes', async ({
  page,
  app,
}) => {
  app.call('people.create', { ...emptyPersonFields, name: 'Priya Raman' });
  const oldFolder = app.dir;
  const to = newFolder();
  folders.push(to);
  app.pickFolder.next = to;
  await page.reload();

  await goToSettings(page);
  const data = page.getByRole('region', { name: 'Your data' });
  await expect(data).toContainText(oldFolder);
  await expectAccessible(page);
  await tabTo(page, data.getByRole('button', { name: 'Move data…' }));
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Move your data?' });
  await expect(dialog).toContainText(to);
  await expect(dialog).toContainText('If anything goes wrong, your data stays where it is now.');
  await expectAccessible(page);
  await tabTo(page, dialog.getByRole('button', { name: 'Move at next start' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  expect(app.pickFolder.asked).toBe(1);

  // Recorded, not done: the notice says where it goes, and offers to restart now.
  await expect(data.getByRole('status')).toContainText(`Your data will move to ${to} the next time Cairn starts.`);
  await expect(data.getByRole('button', { name: 'Move data…' })).toHaveCount(0);
  await expect(page.locator(':focus')).not.toHaveCount(0);
  await expect(data.getByRole('button', { name: 'Restart and move now' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => app.restartsAsked).toBe(1);

  // What Electron's relaunch does: a new run (the move happens before the store opens), the
  // window loaded afresh, on Home (a reload would keep the address and so stay on Settings).
  app.restart();
  app.call('settings.update', { theme: 'dark' });
  await page.goto(`${APP_URL}/index.html`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(app.dir).toBe(to);
  expect(app.call('people.list', {}).map((p) => p.name)).toEqual(['Priya Raman']);

  await goToSettings(page);
  await expect(data).toContainText(to);
  await expect(data).toContainText(`The old copy is still in ${oldFolder}`);
  await expectAccessible(page);
  await tabTo(page, data.getByRole('button', { name: 'Remove the old copy…' }));
  await page.keyboard.press('Enter');
  const removal = page.getByRole('dialog', { name: 'Remove the old copy?' });
  await expect(removal).toContainText('Anything else in that folder stays');
  await expectAccessible(page);
  // It opens on 'Keep it', so Enter as it appears removes nothing; the removal is one step back.
  await expect(removal.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await tabTo(page, removal.getByRole('button', { name: 'Remove the old copy' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(removal).toBeHidden();
  await expect(data).not.toContainText('The old copy is still in');
  await expect(page.locator(':focus')).not.toHaveCount(0);
});

test('a folder Cairn cannot use is refused in words beside the button, and nothing is recorded', async ({
  page,
  app,
}) => {
  app.pickFolder.next = app.dir;
  await goToSettings(page);
  const data = page.getByRole('region', { name: 'Your data' });
  await tabTo(page, data.getByRole('button', { name: 'Move data…' }));
  await page.keyboard.press('Enter');
  await expect(data.getByRole('alert')).toHaveText('Your data is already in this folder.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(app.call('dataFolder.status', {}).pendingMove).toBeNull();
  await expectAccessible(page);
});
