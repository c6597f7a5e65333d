import { assess, ratedAs } from '../support/ladders';
import { addPersonTo as addPerson, arrangeContestedMentors, preferences as prefs } from '../support/mentoring';
import { expect, expectAccessible, openSection, test } from './fixtures';
import { choosePerson } from './personPicker';

/** Who could mentor whom, as a manager sees it: group proposals, CSV preferences, suggestions. */
const START = new Date('2026-03-02T09:00:00Z');

test('a group proposal assigns everyone for the best total, shows why, and is accepted as proposed pairs', async ({
  page,
  app,
}) => {
  app.setNow(START);
  arrangeContestedMentors(app, ['Ann Lee', 'Ben Okafor']);
  await page.reload();
  await openSection(page, 'Mentoring');
  // One mentee at a time first: Ann's best single match is Mentor One.
  await page.getByRole('link', { name: 'Find a mentor' }).click();
  await choosePerson(page, 'Mentee', 'Ann Lee');
  await page.getByRole('button', { name: 'Show mentors' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mentors for Ann Lee' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('1. Mentor One');
  await expect(page.getByRole('list', { name: 'Why Mentor One' })).toContainText('“go”, “sql”, “k8s”');
  await expectAccessible(page);
  await openSection(page, 'Mentoring');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Group proposal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Group proposal' })).toBeVisible();
  // Ann's single best mentor is One, but giving her Two lets Ben have One: 12 beats 9.
  await expect(page.getByRole('row', { name: /Ann Lee Mentor Two/ })).toContainText(
    'Strong in what Ann Lee wants to grow: “k8s”, “observability”',
  );
  await expect(page.getByRole('row', { name: /Ben Okafor Mentor One/ })).toBeVisible();
  // Both pairs are strong matches (two wanted strengths each): said in words, with what "strong" means.
  await expect(page.getByRole('row', { name: /Ann Lee Mentor Two Strong/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Ben Okafor Mentor One Strong/ })).toBeVisible();
  await expect(page.getByText('In all: 2 strong matches.')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Cadence for the new pairs').selectOption({ label: 'Every month' });
  await page.getByRole('button', { name: 'Create 2 proposed pairs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mentoring' })).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveText('2 proposed pairs created.');
  await expect(page.getByRole('row', { name: /Mentor Two → Ann Lee/ })).toContainText('Proposed');
  await expect(page.getByRole('row', { name: /Mentor One → Ben Okafor/ })).toContainText('Every month');
});

test('importing preferences from CSV shows the bad line and imports nothing, then previews and imports a good file', async ({
  page,
  app,
}) => {
  addPerson(app, 'Ada Lovelace');
  addPerson(app, 'Bo Chen');
  await page.reload();
  await openSection(page, 'Mentoring');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Preferences' }).click();
  await expect(page.getByRole('heading', { name: 'No preferences yet' })).toBeVisible();
  // The import opens in a dialog: the page shows content first.
  await page.getByRole('button', { name: 'Import from CSV…' }).first().click();
  const importing = page.getByRole('dialog', { name: 'Import preferences from CSV' });

  const file = (text: string) => ({ name: 'prefs.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  const header = 'name,wants,strengths,interests,capacity,manager\n';
  await importing
    .getByLabel('CSV file')
    .setInputFiles(file(`${header}Ada Lovelace,mentor,testing,,2,\nNobody Known,mentee,,,,\n`));
  await expect(importing.getByRole('alert')).toContainText('Nothing was imported');
  await expect(importing.getByRole('alert')).toContainText(
    'Line 3: The name “Nobody Known” is not a person in Cairn: add them first, or check the spelling.',
  );
  await expectAccessible(page);
  expect(app.call('mentoring.listPreferences', {})).toHaveLength(0);

  await importing
    .getByLabel('CSV file')
    .setInputFiles(file(`${header}Ada Lovelace,mentor,"testing; design",,2,\nBo Chen,mentee,,testing,,Ada Lovelace\n`));
  await expect(page.getByRole('table', { name: 'Preview: 2 rows, nothing saved yet' })).toBeVisible();
  expect(app.call('mentoring.listPreferences', {})).toHaveLength(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByRole('alertdialog')).toHaveText('Imported preferences for 2 people.');
  await expect(importing).toBeHidden();
  await expect(
    page.getByRole('table', { name: 'Mentoring preferences' }).getByRole('row', { name: /^Ada Lovelace/ }),
  ).toContainText('testing, design');

  // Editing one by hand, in the dialog.
  await page.getByRole('button', { name: 'Actions for Bo Chen' }).click();
  await page.getByRole('menuitem', { name: 'Edit preferences…' }).click();
  await page.getByLabel('Capacity').fill('x');
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByText('Enter the capacity as a whole number, such as 2.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Capacity').fill('1');
  await page.getByLabel('To mentor someone').check();
  await page.getByLabel('Strengths').fill('hiring');
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByRole('row', { name: /^Bo Chen/ })).toContainText('0 of 1');
});

test('suggestions put a mentor assessed as exceeding where the mentee is working towards first, and say so', async ({
  page,
  app,
}) => {
  app.setNow(START);
  const ladderId = app.call('ladders.addBuiltIn', { key: 'engineering' }).id;
  const ana = addPerson(app, 'Ana Silva');
  const omar = addPerson(app, 'Omar Farouk', 'mentor');
  const zoe = addPerson(app, 'Zoe Park', 'peer');
  app.call('mentoring.savePreferences', { personId: ana, fields: prefs({ wantsMentor: true, interests: ['Hiring'] }) });
  app.call('mentoring.savePreferences', { personId: omar, fields: prefs({ wantsToMentor: true, capacity: 1 }) });
  app.call('mentoring.savePreferences', {
    personId: zoe,
    fields: prefs({ wantsToMentor: true, strengths: ['hiring'], interests: ['hiring'], capacity: 1 }),
  });
  assess(app, ana, {
    ladderId,
    levelId: 'e2',
    assessedOn: '2026-02-10',
    ratings: ratedAs({ design: 'working_towards', code: 'meeting' }),
  });
  assess(app, omar, { ladderId, levelId: 'e4', assessedOn: '2026-02-01', ratings: ratedAs({ design: 'exceeding' }) });

  await page.reload();
  await openSection(page, 'Mentoring');
  await page.getByRole('link', { name: 'Find a mentor' }).click();
  await choosePerson(page, 'Mentee', 'Ana Silva');
  await page.getByRole('button', { name: 'Show mentors' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mentors for Ana Silva' })).toBeVisible();
  await expect(
    page.getByText(/Working towards, in their assessment of Tue, Feb 10(, 2026)?: System design\./),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '1. Omar Farouk' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Why Omar Farouk' })).toContainText(
    // Worded in the main process, in its locale: the day is named, never an ISO date.
    /Exceeding on System design, where Ana Silva is working towards it \(assessment of \D*10\D*\)/,
  );
  await expect(page.getByRole('heading', { level: 2, name: '2. Zoe Park' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Why Zoe Park' })).toContainText(
    'Strong in what Ana Silva wants to grow: “Hiring”',
  );
  await expectAccessible(page);
});
