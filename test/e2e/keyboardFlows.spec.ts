import type { Page } from '@playwright/test';
import { expect, expectAccessible, openSection, test } from './fixtures';
import { addPersonTo } from '../support/mentoring';
import { expectFocusSensible, tabTo } from './keyboard';

/**
 * Flows no other spec walks without a mouse: teams, templates, a stretch goal, a backup's
 * restore preview. Every step by key; focus is checked after each one, never on <body>.
 */

async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  await expectFocusSensible(page, key);
}

/** Opens the menu button with Enter and chooses the item by arrows, as a keyboard user does. */
async function chooseFromMenu(page: Page, menuButton: string, item: string) {
  await tabTo(page, page.getByRole('button', { name: menuButton }));
  await press(page, 'Enter');
  const wanted = page.getByRole('menuitem', { name: item });
  await expect(wanted).toBeVisible();
  for (let i = 0; i < 10 && !(await wanted.evaluate((el) => el === document.activeElement)); i++)
    await press(page, 'ArrowDown');
  await expect(wanted).toBeFocused();
  // What the item does (a dialog, another screen) decides where focus goes: the caller checks it.
  await page.keyboard.press('Enter');
}

/** Tabs to the button, opens its dialog with Enter and checks the dialog's first field has focus. */
async function openDialog(page: Page, buttonName: string, dialogName: string, firstField: string) {
  await tabTo(page, page.getByRole('button', { name: buttonName }).first());
  await press(page, 'Enter');
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog.getByLabel(firstField)).toBeFocused();
  return dialog;
}

test('teams: new, edit and delete by keyboard alone', async ({ page, app }) => {
  await openSection(page, 'Teams');
  await openDialog(page, 'New team…', 'New team', 'Team name (required)');
  await page.keyboard.type('Platform');
  await press(page, 'Enter');
  await expect(page.getByRole('heading', { name: 'Platform' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectFocusSensible(page, 'adding the team');
  // The empty state's button went as the list arrived: focus is on the screen's title.
  await expect(page.getByRole('heading', { name: 'Teams', level: 1 })).toBeFocused();

  await chooseFromMenu(page, 'Actions for Platform', 'Edit…');
  const name = page.getByLabel('Team name (required)');
  await expect(name).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Core platform');
  await press(page, 'Enter');
  await expect(page.getByRole('heading', { name: 'Core platform' })).toBeVisible();
  expect(app.call('teams.list', {}).map((t) => t.name)).toEqual(['Core platform']);
  // Back on the menu button that opened the dialog, not on the page.
  await expect(page.getByRole('button', { name: 'Actions for Core platform' })).toBeFocused();

  await chooseFromMenu(page, 'Actions for Core platform', 'Delete…');
  const confirm = page.getByRole('dialog', { name: 'Delete Core platform?' });
  await expect(confirm).toBeVisible();
  // It opens on Cancel: Enter pressed as it appears deletes nothing. Delete is one step back.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await tabTo(page, confirm.getByRole('button', { name: 'Delete team' }), 'Shift+Tab');
  await press(page, 'Enter');
  await expect(page.getByRole('heading', { name: 'No teams yet' })).toBeVisible();
  expect(app.call('teams.list', {})).toEqual([]);
  // The team's menu button went with it: focus is on the screen's title, not on <body>.
  await expect(page.getByRole('heading', { name: 'Teams', level: 1 })).toBeFocused();
  await expectAccessible(page);
});

test('1:1 templates: a new template written and saved by keyboard alone', async ({ page, app }) => {
  await openSection(page, '1:1s');
  await chooseFromMenu(page, 'More', 'Templates');
  await expect(page.getByRole('heading', { name: '1:1 templates', level: 1 })).toBeFocused();
  const dialog = await openDialog(page, 'New template…', 'New template', 'Name (required)');
  await page.keyboard.type('Quarter check-in');
  await press(page, 'Tab');
  await page.keyboard.type('What went well this quarter?');
  await press(page, 'Enter');
  await page.keyboard.type('What should we change?');
  await tabTo(page, dialog.getByRole('button', { name: 'Add template' }));
  await press(page, 'Enter');
  await expect(dialog).toHaveCount(0);
  const saved = app.call('oneOnOnes.templates', {}).find((t) => t.name === 'Quarter check-in');
  expect(saved?.items).toEqual(['What went well this quarter?', 'What should we change?']);
  await expect(page.getByRole('button', { name: 'New template…' })).toBeFocused();
  await expectAccessible(page);
});

test('a stretch goal added from the person page by keyboard alone', async ({ page, app }) => {
  const personId = addPersonTo(app, 'Ada Lovelace');
  await openSection(page, 'People');
  await tabTo(page, page.getByRole('link', { name: 'Ada Lovelace' }));
  // Another screen: focus goes to its title once it has drawn.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Ada Lovelace', level: 1 })).toBeFocused();
  const dialog = await openDialog(page, 'Add goal', 'Add a stretch goal', 'Title (required)');
  await page.keyboard.type('Lead the next incident review');
  await tabTo(page, dialog.getByRole('button', { name: 'Add goal' }));
  await press(page, 'Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Lead the next incident review')).toBeVisible();
  expect(app.call('goals.list', { personId }).map((g) => g.title)).toEqual(['Lead the next incident review']);
  await expectFocusSensible(page, 'adding the goal');
  await expectAccessible(page);
});

test('a backup is made and its restore preview opened and closed by keyboard alone', async ({ page, app }) => {
  app.call('sample.load', {});
  await openSection(page, 'Settings');
  await tabTo(page, page.getByRole('button', { name: 'Back up now' }));
  await press(page, 'Enter');
  const restore = page.getByRole('button', { name: /^Restore/ }).first();
  await expect(restore).toBeVisible();
  await tabTo(page, restore);
  await press(page, 'Enter');
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog.getByRole('button', { name: 'Restore this backup' })).toBeVisible();
  await expectAccessible(page);
  await press(page, 'Escape');
  await expect(dialog).toHaveCount(0);
  await expect(restore).toBeFocused();
});
