import { emptyPersonFields, type Relationship } from '#shared/people/model';
import type { PreferencesFields } from '#shared/mentoring/model';
import type { TestApp } from '../support/testApp';
import { expect, expectAccessible, openSection, test } from './fixtures';
import { expectDate, fillDate } from './dateFields';

const START = new Date('2026-03-02T09:00:00Z');
const addPerson = (app: TestApp, name: string, relationship: Relationship = 'direct_report') =>
  app.call('people.create', { ...emptyPersonFields, name, relationship }).id;
const prefs = (patch: Partial<PreferencesFields>): PreferencesFields => ({
  wantsToMentor: false,
  wantsMentor: false,
  strengths: [],
  interests: [],
  capacity: 0,
  managerId: null,
  ...patch,
});

test('a manager creates a pair with an agreement; the form says what is wrong beside each field and saves nothing until right', async ({
  page,
  app,
}) => {
  app.setNow(START);
  addPerson(app, 'Omar Farouk', 'mentor');
  addPerson(app, 'Mia Chen');
  await page.reload();
  await openSection(page, 'Mentoring');
  await expect(page.getByRole('heading', { name: 'No mentoring pairs yet' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'New pair' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New mentoring pair' })).toBeVisible();
  // Nothing chosen: the errors sit beside the fields and nothing is saved.
  await page.getByRole('button', { name: 'Create pair' }).click();
  await expect(page.getByLabel('Mentor (required)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Choose the mentor')).toBeVisible();
  await page.getByLabel('Mentor (required)').selectOption({ label: 'Omar Farouk' });
  await page.getByLabel('Mentee (required)').selectOption({ label: 'Omar Farouk' });
  await page.getByRole('button', { name: 'Create pair' }).click();
  await expect(page.getByText('The mentee must be someone other than the mentor')).toBeVisible();
  await expectAccessible(page);
  expect(app.call('mentoring.overview', {}).pairs).toHaveLength(0);

  await page.getByLabel('Mentee (required)').selectOption({ label: 'Mia Chen' });
  await page.getByLabel('Focus areas').fill('System design, Public speaking');
  await page.getByLabel('Goals').fill('Lead a design review by June');
  await page.getByLabel('Expectations').fill('Mia sets the agenda');
  await page.getByLabel('Cadence (required)').selectOption({ label: 'Every week' });
  await expectDate(page, 'Start date (required)', '2026-03-02');
  await fillDate(page, 'Planned end', '2026-02-01');
  await page.getByRole('button', { name: 'Create pair' }).click();
  await expect(page.getByText('The planned end must be after the start date')).toBeVisible();
  await fillDate(page, 'Planned end', '2026-06-30');
  await page.getByRole('button', { name: 'Create pair' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Omar Farouk mentoring Mia Chen' })).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveText('Pair created: Omar Farouk mentoring Mia Chen.');
  await expect(page.getByText('On track')).toBeVisible();
  await expectAccessible(page);
});

test('sessions are logged with notes, takeaways, progress per focus area and a first-session fit check, and can be deleted', async ({
  page,
  app,
}) => {
  app.setNow(START);
  const omar = addPerson(app, 'Omar Farouk', 'mentor');
  const mia = addPerson(app, 'Mia Chen');
  app.call('mentoring.createPair', {
    mentorId: omar,
    menteeId: mia,
    status: 'active',
    fields: {
      focusAreas: [
        { name: 'System design', competencyId: null },
        { name: 'Public speaking', competencyId: null },
      ],
      goals: '',
      agreement: { expectations: '', cadenceDays: 7, startDate: '2026-03-02', plannedEnd: null },
    },
  });
  await page.reload();
  await openSection(page, 'Mentoring');
  await page.getByRole('link', { name: 'Omar Farouk → Mia Chen' }).click();

  // First session, with progress on a focus area and the fit check.
  await page.getByLabel('Notes').fill('Walked through how reviews run');
  await page.getByLabel('Takeaways').fill('Draft an RFC outline');
  await page.getByLabel('System design').fill('Read two past RFCs');
  await page.getByLabel('Good fit').check();
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByRole('heading', { name: 'Sessions (1)' })).toBeVisible();
  await expect(page.getByText('System design: Read two past RFCs')).toBeVisible();
  // The fit check is asked once only.
  await expect(page.getByText('First session: is this a good fit?')).toHaveCount(0);

  app.setNow(new Date('2026-03-09T09:00:00Z'));
  await page.reload();
  await page.getByLabel('Notes').fill('Second chat');
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByRole('heading', { name: 'Sessions (2)' })).toBeVisible();
  // A session logged by mistake can be deleted, after a confirmation.
  const second = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /^Mon, Mar 9(, 2026)?/ }) });
  await second.getByRole('button', { name: 'Delete…' }).click();
  await expectAccessible(page);
  await second.getByRole('button', { name: 'Keep it' }).click();
  await second.getByRole('button', { name: 'Delete…' }).click();
  await second.getByRole('button', { name: /^Delete session of Mon, Mar 9(, 2026)?$/ }).click();
  await expect(page.getByRole('heading', { name: 'Sessions (1)' })).toBeVisible();
  await page.getByLabel('Notes').fill('Second chat');
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByRole('heading', { name: 'Sessions (2)' })).toBeVisible();
  await expectAccessible(page);
});

test("a pair that misses its cadence is flagged on the overview and on both people's pages once the clock moves", async ({
  page,
  app,
}) => {
  app.setNow(START);
  const omar = addPerson(app, 'Omar Farouk', 'mentor');
  const mia = addPerson(app, 'Mia Chen');
  const pair = app.call('mentoring.createPair', {
    mentorId: omar,
    menteeId: mia,
    status: 'active',
    fields: {
      focusAreas: [],
      goals: '',
      agreement: { expectations: '', cadenceDays: 7, startDate: '2026-03-02', plannedEnd: null },
    },
  });
  app.call('mentoring.logSession', {
    pairId: pair.id,
    date: '2026-03-02',
    notes: '',
    takeaways: '',
    progress: [],
    fit: 'good_fit',
  });
  app.setNow(new Date('2026-03-09T09:00:00Z'));
  app.call('mentoring.logSession', {
    pairId: pair.id,
    date: '2026-03-09',
    notes: '',
    takeaways: '',
    progress: [],
    fit: null,
  });

  // Weekly: due 16 March, two days of grace. On the 18th it is fine, on the 21st it is overdue.
  app.setNow(new Date('2026-03-18T09:00:00Z'));
  await page.reload();
  await openSection(page, 'Mentoring');
  await expect(page.getByRole('row', { name: /Omar Farouk → Mia Chen/ })).toContainText('On track');
  await expect(page.getByText('1 open pair · on track')).toBeVisible();
  await expect(page.getByText(/need attention/)).toHaveCount(0);
  app.setNow(new Date('2026-03-21T09:00:00Z'));
  await page.reload();
  await expect(page.getByRole('row', { name: /Omar Farouk → Mia Chen/ })).toContainText('Session overdue by 5 days');
  await expect(page.getByText('1 open pair · 1 needs attention')).toBeVisible();
  await expectAccessible(page);

  // Both people's pages show it too.
  for (const name of ['Mia Chen', 'Omar Farouk']) {
    await openSection(page, 'People');
    await page.getByRole('link', { name }).click();
    await expect(page.getByRole('region', { name: 'Mentoring' })).toContainText('Session overdue by 5 days');
  }
  await expectAccessible(page);
});

test('a first session that is not a fit ends the pair by keyboard and leads to other mentors, with reasons', async ({
  page,
  app,
}) => {
  app.setNow(START);
  const omar = addPerson(app, 'Omar Farouk', 'mentor');
  const mia = addPerson(app, 'Mia Chen');
  const zoe = addPerson(app, 'Zoe Park', 'peer');
  const boss = addPerson(app, 'Bea Boss', 'peer');
  app.call('mentoring.savePreferences', {
    personId: mia,
    fields: prefs({ wantsMentor: true, interests: ['Testing', 'Hiring'], managerId: boss }),
  });
  app.call('mentoring.savePreferences', {
    personId: zoe,
    fields: prefs({ wantsToMentor: true, strengths: ['testing'], interests: ['hiring'], capacity: 2 }),
  });
  app.call('mentoring.savePreferences', {
    personId: boss,
    fields: prefs({ wantsToMentor: true, strengths: ['testing', 'hiring'], capacity: 2 }),
  });
  const pair = app.call('mentoring.createPair', {
    mentorId: omar,
    menteeId: mia,
    status: 'active',
    fields: {
      focusAreas: [{ name: 'Testing', competencyId: null }],
      goals: '',
      agreement: { expectations: '', cadenceDays: 14, startDate: '2026-03-02', plannedEnd: null },
    },
  });
  await page.reload();
  await openSection(page, 'Mentoring');
  await page.getByRole('link', { name: 'Omar Farouk → Mia Chen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Omar Farouk mentoring Mia Chen' })).toBeVisible();

  await page.getByLabel('Not a fit').check();
  await page.getByRole('button', { name: 'Log session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Not a fit: find another mentor?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await expect(dialog.getByRole('button', { name: 'End pair and find another mentor' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Mentors for Mia Chen' })).toBeVisible();
  expect(app.call('mentoring.getPair', { id: pair.id })).toMatchObject({
    status: 'ended',
    endReason: 'Not a fit after the first session',
  });
  // Zoe is suggested with her reasons; Mia's manager never is, however strong.
  const reasons = page.getByRole('list', { name: 'Why Zoe Park' });
  await expect(reasons).toContainText('Strong in what Mia Chen wants to grow: “Testing”');
  await expect(reasons).toContainText('Shared interests: “Hiring”');
  await expect(page.getByRole('heading', { level: 2, name: '1. Zoe Park' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Bea Boss|Omar Farouk/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Pair Mia Chen with Zoe Park' }).click();
  await expect(page.getByLabel('Mentor (required)')).toHaveValue(zoe);
  await expect(page.getByLabel('Mentee (required)')).toHaveValue(mia);
  await page.getByRole('button', { name: 'Create pair' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zoe Park mentoring Mia Chen' })).toBeVisible();

  // Ending by keyboard asks for a reason first.
  await page.getByRole('button', { name: 'End pair…' }).focus();
  await page.keyboard.press('Enter');
  const end = page.getByRole('dialog', { name: 'End this pair?' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(end.getByText('Say why the pair is ending')).toBeVisible();
  await end.getByLabel('Reason for ending (required)').fill('Mia moved teams');
  await end.getByLabel('Reason for ending (required)').press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('— Mia moved teams')).toBeVisible();
});

test('a group proposal assigns everyone for the best total, shows why, and is accepted as proposed pairs', async ({
  page,
  app,
}) => {
  app.setNow(START);
  const [one, two, ann, ben] = ['Mentor One', 'Mentor Two', 'Ann Lee', 'Ben Okafor'].map((n) => addPerson(app, n));
  app.call('mentoring.savePreferences', {
    personId: one!,
    fields: prefs({ wantsToMentor: true, strengths: ['go', 'sql', 'k8s'], capacity: 1 }),
  });
  app.call('mentoring.savePreferences', {
    personId: two!,
    fields: prefs({ wantsToMentor: true, strengths: ['k8s', 'observability'], capacity: 1 }),
  });
  app.call('mentoring.savePreferences', {
    personId: ann!,
    fields: prefs({ wantsMentor: true, interests: ['go', 'sql', 'k8s', 'observability'] }),
  });
  app.call('mentoring.savePreferences', {
    personId: ben!,
    fields: prefs({ wantsMentor: true, interests: ['go', 'sql'] }),
  });
  await page.reload();
  await openSection(page, 'Mentoring');
  // One mentee at a time first: Ann's best single match is Mentor One.
  await page.getByRole('link', { name: 'Find a mentor' }).click();
  await page.getByLabel('Mentee', { exact: true }).selectOption({ label: 'Ann Lee' });
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
  await expect(page.getByText('Total match score: 12')).toBeVisible();
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

  const file = (text: string) => ({ name: 'prefs.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  const header = 'name,wants,strengths,interests,capacity,manager\n';
  await page
    .getByLabel('CSV file')
    .setInputFiles(file(`${header}Ada Lovelace,mentor,testing,,2,\nNobody Known,mentee,,,,\n`));
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Nothing was imported');
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'Line 3: name "Nobody Known" is not a person in Cairn; add them first.',
  );
  await expectAccessible(page);
  expect(app.call('mentoring.listPreferences', {})).toHaveLength(0);

  await page
    .getByLabel('CSV file')
    .setInputFiles(file(`${header}Ada Lovelace,mentor,"testing; design",,2,\nBo Chen,mentee,,testing,,Ada Lovelace\n`));
  await expect(page.getByRole('table', { name: 'Preview: 2 rows, nothing saved yet' })).toBeVisible();
  expect(app.call('mentoring.listPreferences', {})).toHaveLength(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByRole('alertdialog')).toHaveText('Imported preferences for 2 people.');
  await expect(
    page.getByRole('table', { name: 'Mentoring preferences' }).getByRole('row', { name: /^Ada Lovelace/ }),
  ).toContainText('testing, design');

  // Editing one by hand, in the dialog.
  await page.getByRole('button', { name: 'Edit preferences of Bo Chen' }).click();
  await page.getByLabel('Capacity').fill('x');
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByText('Capacity must be a whole number')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Capacity').fill('1');
  await page.getByLabel('To mentor someone').check();
  await page.getByLabel('Strengths').fill('hiring');
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByRole('row', { name: /^Bo Chen/ })).toContainText('0 / 1');
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
  const assess = (
    personId: string,
    levelId: string,
    assessedOn: string,
    ratings: [string, 'working_towards' | 'meeting' | 'exceeding'][],
  ) =>
    app.call('assessments.create', {
      personId,
      fields: {
        ladderId,
        levelId,
        assessedOn,
        summary: '',
        evidence: [],
        ratings: ratings.map(([competencyId, rating]) => ({ competencyId, rating, note: '' })),
      },
    });
  assess(ana, 'e2', '2026-02-10', [
    ['design', 'working_towards'],
    ['code', 'meeting'],
  ]);
  assess(omar, 'e4', '2026-02-01', [['design', 'exceeding']]);

  await page.reload();
  await openSection(page, 'Mentoring');
  await page.getByRole('link', { name: 'Find a mentor' }).click();
  await page.getByLabel('Mentee', { exact: true }).selectOption({ label: 'Ana Silva' });
  await page.getByRole('button', { name: 'Show mentors' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mentors for Ana Silva' })).toBeVisible();
  await expect(
    page.getByText(/Working towards in their latest assessment \(Tue, Feb 10(, 2026)?\): System design\./),
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
