import { assess, personOnLadder } from '../support/ladders';
import { addPersonTo as addPerson } from '../support/mentoring';
import { APP_URL, expect, expectAccessible, test } from './fixtures';
import { expectFocusSensible, tabTo } from './keyboard';

test('a ladder is edited by keyboard alone: menus, dialogs and their errors, focus back where it started', async ({
  page,
  app,
}) => {
  const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
  const person = personOnLadder(app, ladder.id, 'e1', { name: 'Ada Lovelace' });
  assess(app, person.id, { ladderId: ladder.id, levelId: 'e1', assessedOn: '2026-01-10' });
  await page.goto(`${APP_URL}/index.html#/ladders/${ladder.id}`);
  await expect(page.getByRole('heading', { level: 1, name: ladder.name })).toBeVisible();

  // A cell: the competency's menu, its first item, the dialog's first field; Tab to its button.
  const actions = page.getByRole('button', { name: 'Actions for Code and quality' });
  await tabTo(page, actions);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Edit at Engineer 1…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const cell = page.getByRole('dialog', { name: 'Code and quality at Engineer 1' });
  await expect(cell.getByLabel('Expectation')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Writes tested code for well-described tasks.');
  await tabTo(page, cell.getByRole('button', { name: 'Save expectation' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog')).toHaveText('Saved as version 2; earlier assessments keep their wording.');
  await expect(actions).toBeFocused();

  // A level, from More: the empty name is refused beside the field, which keeps focus.
  const more = page.getByRole('button', { name: 'More' });
  await tabTo(page, more, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Add level…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const level = page.getByRole('dialog', { name: 'Add a level to the Individual contributor track' });
  await expect(level.getByLabel('Level name (required)')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(level.getByText('Level name is required.')).toBeVisible();
  await expectFocusSensible(page, 'an empty level name refused');
  await expectAccessible(page);
  await level.getByLabel('Level name (required)').focus();
  await page.keyboard.type('Distinguished engineer');
  await page.keyboard.press('Enter');
  await expect(level).toBeHidden();
  await expect(more).toBeFocused();
  await expect(page.getByRole('columnheader', { name: 'Distinguished engineer' })).toBeVisible();

  // A competency in a new area: choosing "A new area…" brings its name field, next in Tab order.
  await tabTo(page, page.getByRole('button', { name: 'Add competency…' }));
  await page.keyboard.press('Enter');
  const competency = page.getByRole('dialog', { name: 'Add a competency' });
  await expect(competency.getByLabel('Name (required)')).toBeFocused();
  await page.keyboard.type('Security');
  await page.keyboard.press('Tab');
  await expect(competency.getByLabel('Area')).toBeFocused();
  await expect(competency.getByLabel('New area name (required)')).toHaveCount(0);
  await competency.getByLabel('Area').selectOption({ label: 'A new area…' });
  await page.keyboard.press('Tab');
  await expect(competency.getByLabel('New area name (required)')).toBeFocused();
  await page.keyboard.type('Safety');
  await page.keyboard.press('Enter');
  await expect(competency).toBeHidden();
  await expectFocusSensible(page, 'a competency added');
  await expect(page.getByRole('rowheader', { name: /^Security/ })).toBeVisible();
  await expectAccessible(page);
});

test('a mentoring session is logged by keyboard alone, in a dialog that gives focus back to its button', async ({
  page,
  app,
}) => {
  app.setNow(new Date('2026-03-09T09:00:00Z'));
  const pair = app.call('mentoring.createPair', {
    mentorId: addPerson(app, 'Omar Farouk', 'mentor'),
    menteeId: addPerson(app, 'Mia Chen'),
    status: 'active',
    fields: {
      focusAreas: [{ name: 'System design', competencyId: null }],
      goals: '',
      agreement: { expectations: '', cadenceDays: 7, startDate: '2026-03-02', plannedEnd: null },
    },
  });
  await page.goto(`${APP_URL}/index.html#/mentoring/pairs/${pair.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Omar Farouk mentoring Mia Chen' })).toBeVisible();
  // Reads first: no form is open on the page.
  await expect(page.getByRole('textbox')).toHaveCount(0);

  const log = page.getByRole('button', { name: 'Log session…' });
  await tabTo(page, log);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Log a session' });
  await tabTo(page, dialog.getByLabel('Notes'));
  await page.keyboard.type('Walked through the design review.');
  await tabTo(page, dialog.getByLabel('System design'));
  await page.keyboard.type('Drew the first diagram');
  await tabTo(page, dialog.getByRole('button', { name: 'Log session' }));
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(log).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Sessions (1)' })).toBeVisible();
  await expect(page.getByText('System design: Drew the first diagram')).toBeVisible();

  // Escape leaves the dialog without logging anything, focus back on the button.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(log).toBeFocused();
  expect(app.call('mentoring.getPair', { id: pair.id }).sessions).toHaveLength(1);
});
