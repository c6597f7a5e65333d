import { emptyPersonFields } from '#shared/people/model';
import { arrangeMyScorecard } from '../support/interviews';
import { upcomingMeetingId, weeklySeries } from '../support/oneOnOnes';
import { expect, expectAccessible, openSection, test } from './fixtures';
import { choose, expectFocusSensible } from './keyboard';
import { choosePerson } from './personPicker';

/**
 * People pickers search the store as the user types (people.search) instead of loading
 * everyone: each kind, by keyboard alone (type, arrow, Enter), checked with axe.
 */

test('"Log evidence…" asks whose evidence it is with a picker that finds people as you type', async ({ page, app }) => {
  app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace', title: 'Staff engineer' });
  app.call('people.create', { ...emptyPersonFields, name: 'Grace Hopper' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await page.keyboard.press('Control+K');
  await page.keyboard.type('Log evidence');
  await choose(page, 'Log evidence…');
  const dialog = page.getByRole('dialog', { name: 'Log evidence' });
  const picker = dialog.getByRole('combobox', { name: 'Whose evidence is it?' });
  await expect(picker).toBeFocused();
  await page.keyboard.type('lov');
  await expect(page.getByRole('option')).toHaveText(['Ada Lovelace Staff engineer']);
  await expectAccessible(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveValue('Ada Lovelace');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Ada Lovelace')).toBeVisible();
  await expectFocusSensible(page, 'continue to the evidence form');
  await expectAccessible(page);
});

test('notes search filters by a person who has left, found by the picker as before', async ({ page, app }) => {
  const ada = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace' });
  const grace = app.call('people.create', { ...emptyPersonFields, name: 'Grace Hopper' });
  for (const person of [ada, grace]) {
    weeklySeries(app, person.id);
    const meetingId = upcomingMeetingId(app, person.id);
    app.call('oneOnOnes.saveNotes', { meetingId, sharedNotes: `Planned the offsite with ${person.name}.` });
    app.call('oneOnOnes.hold', { meetingId });
  }
  app.call('people.archive', { id: ada.id });
  await page.reload();
  await openSection(page, '1:1s');
  await page.getByRole('link', { name: 'Search notes' }).click();
  await page.getByLabel('Search', { exact: true }).fill('offsite');
  const hits = page.locator('.search-hits > li');
  await expect(hits).toHaveCount(2);
  await choosePerson(page, 'Person', 'Ada Lovelace');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('Ada Lovelace');
  await expectAccessible(page);
  // Emptying the picker searches everyone's notes again.
  await page.getByRole('combobox', { name: 'Person' }).fill('');
  await expect(hits).toHaveCount(2);
});

test('a panel member is linked to someone on the team through the picker', async ({ page, app }) => {
  arrangeMyScorecard(app, { name: 'Cleo Park', stage: 'Onsite' });
  const bob = app.call('people.create', { ...emptyPersonFields, name: 'Bob Stone', title: 'Engineer' });
  await page.reload();
  await openSection(page, 'Interviews');
  await page.getByRole('button', { name: 'Add panel member…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add panel member' });
  await expect(dialog.getByLabel('Name (required)')).toBeFocused();
  await page.keyboard.type('Bob');
  await page.keyboard.press('Tab');
  await choosePerson(dialog, 'Person on your team', 'Bob Stone');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Add panel member' }).click();
  await expect(dialog).toBeHidden();
  expect(app.call('interviews.listInterviewers', {}).find((i) => i.name === 'Bob')).toMatchObject({ personId: bob.id });
});

test('mentoring preferences choose the person and their manager with pickers; editing keeps the person shown', async ({
  page,
  app,
}) => {
  const mia = app.call('people.create', { ...emptyPersonFields, name: 'Mia Chen' });
  const bea = app.call('people.create', { ...emptyPersonFields, name: 'Bea Boss', title: 'Engineering manager' });
  await page.reload();
  await openSection(page, 'Mentoring');
  await page.evaluate(() => (location.hash = '#/mentoring/preferences'));
  await page.getByRole('button', { name: 'Add preferences…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Mentoring preferences' });
  await choosePerson(dialog, 'Person (required)', 'Mia Chen');
  await dialog.getByLabel('A mentor').check();
  await choosePerson(dialog, 'Their manager', 'Bea Boss');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Save preferences' }).click();
  await expect(dialog).toBeHidden();
  expect(app.call('mentoring.listPreferences', {}).find((p) => p.personId === mia.id)).toMatchObject({
    wantsMentor: true,
    managerId: bea.id,
  });

  await page.getByRole('button', { name: 'Actions for Mia Chen' }).click();
  await page.getByRole('menuitem', { name: 'Edit preferences…' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Person (required)' })).toHaveValue('Mia Chen');
  await expect(dialog.getByRole('combobox', { name: 'Person (required)' })).toBeDisabled();
  await expect(dialog.getByRole('combobox', { name: 'Their manager' })).toHaveValue('Bea Boss');
  await expectAccessible(page);
});
