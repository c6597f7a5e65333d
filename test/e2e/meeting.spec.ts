import type { Page } from '@playwright/test';
import type { TestApp } from '../support/testApp';
import { emptyPersonFields } from '#shared/people/model';
import { APP_URL, expect, expectAccessible, test } from './fixtures';
import { weeklySeries } from '../support/oneOnOnes';

/** Ada with a weekly series from today, and her upcoming 1:1 carrying `agendaItems` items. */
function arrange(app: TestApp, agendaItems: number) {
  const ada = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace' });
  weeklySeries(app, ada.id, { firstDate: new Date().toISOString().slice(0, 10), timeZone: 'UTC' });
  const meeting = app.call('oneOnOnes.prep', { personId: ada.id }).upcoming!;
  for (let i = 1; i <= agendaItems; i++) {
    app.call('oneOnOnes.addItem', {
      meetingId: meeting.id,
      kind: 'agenda',
      side: i % 2 ? 'me' : 'them',
      text: `Agenda topic number ${i} with enough words to wrap on a narrow column`,
      dueDate: null,
    });
  }
  return { ada, meeting };
}

const openMeeting = (page: Page, id: string) => page.goto(`${APP_URL}/index.html#/one-on-ones/meeting/${id}`);

test('at 1024×700 the notes come first and are in view with 12 agenda items; from 1280 px the agenda sits beside them', async ({
  page,
  app,
}) => {
  const { meeting } = arrange(app, 12);
  await page.setViewportSize({ width: 1024, height: 700 });
  await openMeeting(page, meeting.id);
  const notes = page.getByRole('region', { name: 'Shared notes' });
  await expect(page.getByLabel('Shared notes (Markdown)')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Agenda' }).getByRole('checkbox')).toHaveCount(12);
  const box = (await notes.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(700);
  expect(box.x + box.width).toBeLessThanOrEqual(1024);
  // The agenda follows the notes.
  const agenda = (await page.getByRole('region', { name: 'Agenda' }).boundingBox())!;
  expect(agenda.y).toBeGreaterThan(box.y + box.height);
  // One primary action in the header; the rest in More.
  await expect(page.locator('.page-header .button--primary')).toHaveCount(1);
  await expect(page.locator('.page-header .button--primary')).toHaveText('Mark as held');
  await expectAccessible(page);

  await page.setViewportSize({ width: 1440, height: 900 });
  const wide = (await notes.boundingBox())!;
  const side = (await page.getByRole('region', { name: 'Agenda' }).boundingBox())!;
  expect(side.x).toBeGreaterThan(wide.x + wide.width);
  expect(side.y).toBeLessThan(wide.y + wide.height);
  expect(wide.width).toBeGreaterThan(side.width * 1.5);
  expect(wide.y + wide.height).toBeLessThanOrEqual(900);
});

test('notes are a Markdown editor: lists continue, tasks tick, undo works, and a line becomes an action or a topic by keyboard', async ({
  page,
  app,
}) => {
  const { meeting } = arrange(app, 0);
  await openMeeting(page, meeting.id);
  const notes = page.getByLabel('Shared notes (Markdown)');
  await notes.focus();
  await page.keyboard.type('# Checkout');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- first point');
  await page.keyboard.press('Enter');
  await page.keyboard.type('second point');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // an empty item ends the list
  await page.keyboard.type('Send the retro notes to the team');
  await page.keyboard.press('Control+Enter'); // the line becomes a task
  await expect(notes).toContainText('- first point- second point');
  await expect(notes.locator('.cm-line').last()).toHaveText('- [ ] Send the retro notes to the team');
  await page.keyboard.press('Control+Enter');
  await expect(notes.locator('.cm-line').last()).toHaveText('- [x] Send the retro notes to the team');
  await page.keyboard.press('Control+z');
  await expect(notes.locator('.cm-line').last()).toHaveText('- [ ] Send the retro notes to the team');

  // The task line becomes an action for Ada, without its Markdown.
  await page.keyboard.press('Alt+Shift+T');
  const actions = page.getByRole('region', { name: 'Action items' });
  await expect(actions.getByRole('checkbox', { name: 'Send the retro notes to the team' })).toBeVisible();
  await expect(actions.getByRole('listitem')).toContainText('Ada');
  await expect(notes).toBeFocused();
  // A selection becomes an action for me.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Alt+Shift+A');
  await expect(actions.getByRole('checkbox', { name: 'second point' })).toBeVisible();
  // The line becomes a topic for next time: the dialog opens with it, for Ada.
  await page.keyboard.press('Alt+Shift+Y');
  const dialog = page.getByRole('dialog', { name: 'Topic for next time' });
  await expect(dialog.getByRole('textbox', { name: 'Topic' })).toHaveValue('second point');
  await expect(dialog.getByRole('textbox', { name: 'Topic' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(notes).toBeFocused();

  // Saved as typed: after a reload the text is all there.
  await expect(page.getByRole('region', { name: 'Shared notes' }).getByRole('status')).toHaveText('Saved');
  await page.reload();
  await expect(page.getByLabel('Shared notes (Markdown)')).toContainText('# Checkout- first point');
  await expectAccessible(page);
});

test('the `?` sheet lists every shortcut of the meeting; the private notes use the same editor on their own surface, in both themes', async ({
  page,
  app,
}) => {
  app.call('settings.update', { theme: 'dark' });
  const { meeting } = arrange(app, 2);
  await openMeeting(page, meeting.id);
  // The fixture has already loaded the app, so a new address alone keeps the settings it read.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const privateNotes = page.getByRole('region', { name: 'Private notes' });
  await expect(privateNotes).toContainText('Only you see these');
  await expect(privateNotes.getByLabel('Private notes (Markdown)')).toBeVisible();
  await privateNotes.getByLabel('Private notes (Markdown)').fill('Worried about on-call load?');
  // A "?" typed in the notes is text, not the sheet.
  await expect(privateNotes.getByLabel('Private notes (Markdown)')).toHaveText('Worried about on-call load?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);

  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  // Focus on its one control, not on the scrolling list (a ring around the whole sheet).
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
  for (const [keys, what] of [
    ['Alt+Shift+D', 'Mark as held'],
    ['Alt+Shift+S', 'Skip this 1:1'],
    ['Alt+Shift+M', 'Move to another day…'],
    ['Alt+Shift+A', 'action for me'],
    ['Alt+Shift+Y', 'topic for next time'],
    ['Ctrl+Shift+E', 'evidence'],
    ['Ctrl+Shift+H', 'private notes'],
  ] as const) {
    await expect(sheet.getByRole('row').filter({ hasText: keys })).toContainText(what);
  }
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Move by its shortcut; Escape gives focus back.
  await page.keyboard.press('Alt+Shift+M');
  await expect(page.getByRole('dialog', { name: 'Move this 1:1' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Move this 1:1' })).toBeHidden();
});
