import { emptyPersonFields } from '#shared/people/model';
import { expect, expectAccessible, test } from './fixtures';
import { weeklySeries } from '../support/oneOnOnes';
import { choose, expectFocusSensible, tabTo } from './keyboard';

test('a keyboard-only 1:1: palette, prep, meeting, agenda, notes, action, held, next person; focus never drops and every screen passes axe', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  const today = new Date().toISOString().slice(0, 10);
  for (const [name, time] of [
    ['Ada Lovelace', '10:00'],
    ['Bob Marley', '11:00'],
  ] as const) {
    const person = app.call('people.create', { ...emptyPersonFields, name });
    weeklySeries(app, person.id, { firstDate: today, time, timeZone: 'UTC' });
  }
  await page.reload();
  await expectAccessible(page);

  // Palette → prep.
  await page.keyboard.press('Control+K');
  await expect(page.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('Ada');
  await choose(page, 'Prep for 1:1 with Ada Lovelace');
  await expect(page.getByRole('heading', { level: 1, name: 'Prep: Ada Lovelace' })).toBeFocused();
  await expectAccessible(page);

  // Prep → open the meeting.
  await tabTo(page, page.getByRole('link', { name: 'Open next 1:1' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '1:1 with Ada Lovelace' })).toBeFocused();
  await expectAccessible(page);

  // An agenda item, by its shortcut; focus stays in the field for the next one.
  await page.keyboard.press('Alt+Shift+G');
  await expect(page.getByLabel('New agenda item')).toBeFocused();
  await page.keyboard.type('Feedback on the design review');
  await page.keyboard.press('Enter');
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(agenda.getByRole('checkbox', { name: 'Feedback on the design review' })).toBeVisible();
  await expectFocusSensible(page, 'adding an agenda item');
  await expect(page.getByLabel('New agenda item')).toBeFocused();

  // Tick it with Space: focus stays on the box.
  await tabTo(page, agenda.getByRole('checkbox', { name: 'Feedback on the design review' }), 'Shift+Tab');
  await page.keyboard.press('Space');
  await expect(agenda.getByRole('checkbox', { name: 'Feedback on the design review' })).toBeChecked();
  await expect(agenda.getByRole('checkbox', { name: 'Feedback on the design review' })).toBeFocused();

  // Notes, then the line becomes an action for Ada.
  const notes = page.getByLabel('Shared notes (Markdown)');
  await tabTo(page, page.locator('.notes--shared .notes__editor'), 'Shift+Tab');
  await expect(notes).toBeFocused();
  await page.keyboard.type('Design review went well.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Write up the caching decision');
  await page.keyboard.press('Alt+Shift+T');
  const actions = page.getByRole('region', { name: 'Action items' });
  await expect(actions.getByRole('checkbox', { name: 'Write up the caching decision' })).toBeVisible();
  await expect(notes).toBeFocused();

  // Mark as held from the palette: focus comes back to the notes.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('held');
  await choose(page, 'Mark as held');
  await expect(page.locator('.page-header').getByText('Held', { exact: true })).toBeVisible();
  await expectFocusSensible(page, 'Mark as held from the palette');
  await expect(notes).toBeFocused();
  await expect(page.getByRole('region', { name: 'Shared notes' }).getByRole('status')).toHaveText('Saved');
  await expectAccessible(page);

  // Next person: the next 1:1 of the day, by its shortcut.
  await page.keyboard.press('Alt+Shift+N');
  await expect(page.getByRole('heading', { level: 1, name: '1:1 with Bob Marley' })).toBeFocused();
  await expectAccessible(page);

  // Mark as held with the header's button: focus lands on what replaces it, not <body>.
  await tabTo(page, page.getByRole('button', { name: 'Mark as held' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.page-header').getByText('Held', { exact: true })).toBeVisible();
  await expectFocusSensible(page, 'Mark as held with the button');
  await expect(page.locator('.page-header .button--primary')).toBeFocused();

  // A palette command that goes elsewhere lands on that screen's heading.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('Go to Home');
  await choose(page, 'Go to Home');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
