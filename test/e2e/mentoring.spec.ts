import { addPersonTo as addPerson, barePair, preferences as prefs } from '../support/mentoring';
import type { TestApp } from '../support/testApp';
import { expect, expectAccessible, openSection, test } from './fixtures';
import { expectDate, fillDate } from './dateFields';
import { expectOnePrimaryAction } from './hierarchy';
import { choosePerson } from './personPicker';

const START = new Date('2026-03-02T09:00:00Z');

/** On the first day of the suite: Omar Farouk, a mentor from outside the team, and Mia Chen, a direct report. */
function omarAndMia(app: TestApp) {
  app.setNow(START);
  return { omar: addPerson(app, 'Omar Farouk', 'mentor'), mia: addPerson(app, 'Mia Chen') };
}

test('a manager creates a pair with an agreement; the form says what is wrong beside each field and saves nothing until right', async ({
  page,
  app,
}) => {
  omarAndMia(app);
  await page.reload();
  await openSection(page, 'Mentoring');
  await expect(page.getByRole('heading', { name: 'No mentoring pairs yet' })).toBeVisible();
  await expectAccessible(page);
  await expectOnePrimaryAction(page, 'Create the first pair');

  await page.getByRole('link', { name: 'Create the first pair' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New mentoring pair' })).toBeVisible();
  // Nothing chosen: the errors sit beside the fields and nothing is saved.
  await page.getByRole('button', { name: 'Add pair' }).click();
  await expect(page.getByRole('combobox', { name: 'Mentor (required)' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Choose the mentor')).toBeVisible();
  await choosePerson(page, 'Mentor (required)', 'Omar Farouk');
  await choosePerson(page, 'Mentee (required)', 'Omar Farouk');
  await page.getByRole('button', { name: 'Add pair' }).click();
  await expect(
    page.getByText('The mentee must be someone other than the mentor: choose another person.'),
  ).toBeVisible();
  await expectAccessible(page);
  expect(app.call('mentoring.overview', {}).pairs).toHaveLength(0);

  await choosePerson(page, 'Mentee (required)', 'Mia Chen');
  await page.getByLabel('Focus areas').fill('System design, Public speaking');
  await page.getByLabel('Goals').fill('Lead a design review by June');
  await page.getByLabel('Expectations').fill('Mia sets the agenda');
  await page.getByLabel('Cadence (required)').selectOption({ label: 'Every week' });
  await expectDate(page, 'Start date (required)', '2026-03-02');
  await fillDate(page, 'Planned end', '2026-02-01');
  await page.getByRole('button', { name: 'Add pair' }).click();
  await expect(page.getByText('The planned end must be after the start date: choose a later day.')).toBeVisible();
  await fillDate(page, 'Planned end', '2026-06-30');
  await page.getByRole('button', { name: 'Add pair' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Omar Farouk mentoring Mia Chen' })).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveText('Pair created: Omar Farouk mentoring Mia Chen.');
  await expect(page.getByText('On track')).toBeVisible();
  await expectAccessible(page);
});

test('sessions are logged with notes, takeaways, progress per focus area and a first-session fit check, and can be deleted', async ({
  page,
  app,
}) => {
  const { omar, mia } = omarAndMia(app);
  app.call(
    'mentoring.createPair',
    barePair(omar, mia, { startDate: '2026-03-02', cadenceDays: 7, focusAreas: ['System design', 'Public speaking'] }),
  );
  await page.reload();
  await openSection(page, 'Mentoring');
  await page.getByRole('link', { name: 'Omar Farouk → Mia Chen' }).click();

  // First session, with progress on a focus area and the fit check, in a dialog over the page.
  await page.getByRole('button', { name: 'Log session…' }).click();
  const log = page.getByRole('dialog', { name: 'Log a session' });
  // Focus starts in the dialog, on its first field.
  await expect(log.locator(':focus')).toHaveCount(1);
  await page.getByLabel('Notes').fill('Walked through how reviews run');
  await page.getByLabel('Takeaways').fill('Draft an RFC outline');
  await page.getByLabel('System design').fill('Read two past RFCs');
  await page.getByLabel('Good fit').check();
  await expectAccessible(page);
  await log.getByRole('button', { name: 'Log session' }).click();
  await expect(log).toBeHidden();
  await expect(page.getByRole('button', { name: 'Log session…' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Sessions (1)' })).toBeVisible();
  await expect(page.getByText('System design: Read two past RFCs')).toBeVisible();
  // The fit check is asked once only.
  await expect(page.getByText('First session: is this a good fit?')).toHaveCount(0);

  app.setNow(new Date('2026-03-09T09:00:00Z'));
  await page.reload();
  await page.getByRole('button', { name: 'Log session…' }).click();
  await page.getByLabel('Notes').fill('Second chat');
  await log.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByRole('heading', { name: 'Sessions (2)' })).toBeVisible();
  // A session logged by mistake can be deleted, after a confirmation, from its one actions menu, by keyboard.
  const actions = page.getByRole('button', { name: /^Actions for the session of Mon, Mar 9(, 2026)?$/ });
  await expect(page.getByRole('button', { name: /^Actions for the session of / })).toHaveCount(2);
  await actions.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveText(['Log as evidence…', 'Delete session…']);
  await expectAccessible(page);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Delete this session?' });
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Sessions (2)' })).toBeVisible();
  // Focus goes back to the menu's button, not to the page.
  await expect(actions).toBeFocused();
  await page.keyboard.press('Enter');
  await menu.getByRole('menuitem', { name: 'Delete session…' }).click();
  await confirm.getByRole('button', { name: /^Delete session of Mon, Mar 9(, 2026)?$/ }).click();
  // The deleted session's menu is gone with it: focus lands on the list's heading, never on the page.
  await expect(page.getByRole('heading', { name: 'Sessions (1)' })).toBeFocused();
  await page.getByRole('button', { name: 'Log session…' }).click();
  await page.getByLabel('Notes').fill('Second chat');
  await log.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByRole('heading', { name: 'Sessions (2)' })).toBeVisible();
  await expectAccessible(page);
});

test("a pair that misses its cadence is flagged on the overview and on both people's pages once the clock moves", async ({
  page,
  app,
}) => {
  const { omar, mia } = omarAndMia(app);
  const pair = app.call('mentoring.createPair', barePair(omar, mia, { startDate: '2026-03-02', cadenceDays: 7 }));
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
  const { omar, mia } = omarAndMia(app);
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
  const pair = app.call(
    'mentoring.createPair',
    barePair(omar, mia, { startDate: '2026-03-02', focusAreas: ['Testing'] }),
  );
  await page.reload();
  await openSection(page, 'Mentoring');
  await page.getByRole('link', { name: 'Omar Farouk → Mia Chen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Omar Farouk mentoring Mia Chen' })).toBeVisible();

  await page.getByRole('button', { name: 'Log session…' }).click();
  await page.getByLabel('Not a fit').check();
  await page.getByRole('dialog', { name: 'Log a session' }).getByRole('button', { name: 'Log session' }).click();
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
  await expect(page.getByRole('combobox', { name: 'Mentor (required)' })).toHaveValue('Zoe Park');
  await expect(page.getByRole('combobox', { name: 'Mentee (required)' })).toHaveValue('Mia Chen');
  await page.getByRole('button', { name: 'Add pair' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zoe Park mentoring Mia Chen' })).toBeVisible();

  // Ending by keyboard (More, then End pair…) asks for a reason first.
  await page.getByRole('button', { name: 'More' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Other mentors for Mia Chen' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'End pair…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const end = page.getByRole('dialog', { name: 'End this pair?' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(end.getByText('Say why the pair is ending.')).toBeVisible();
  await end.getByLabel('Reason for ending (required)').fill('Mia moved teams');
  await end.getByLabel('Reason for ending (required)').press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('— Mia moved teams')).toBeVisible();
});
