import { readFile } from 'node:fs/promises';
import type { TestApp } from '../support/testApp';
import { expect, expectAccessible, test } from './fixtures';
import { fillDate } from './dateFields';
import { weeklySeries } from '../support/oneOnOnes';
import { personOnLadder, assess, ratedAs } from '../support/ladders';

function arrange(app: TestApp) {
  const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
  const person = personOnLadder(app, ladder.id, 'e2', { name: 'Ada Lovelace', title: 'Engineer' });
  return { ladder, person };
}

test('a manager assesses a person twice with evidence from a 1:1 they held and compares the snapshots', async ({
  page,
  app,
}) => {
  // A long journey through several screens; the machine running the suite is shared.
  test.setTimeout(90_000);
  app.setNow(new Date('2026-03-03T11:00:00Z'));
  const { ladder, person } = arrange(app);
  weeklySeries(app, person.id, { timeZone: 'UTC' });
  const held = app.call('oneOnOnes.prep', { personId: person.id }).upcoming!;
  app.call('oneOnOnes.hold', { meetingId: held.id });
  assess(app, person.id, {
    ladderId: ladder.id,
    levelId: 'e2',
    assessedOn: '2025-12-01',
    ratings: ratedAs({ code: 'meeting', design: 'working_towards', communication: 'meeting' }),
  });
  await page.goto(`http://cairn.localhost/index.html#/people/${person.id}`);
  await page.getByRole('link', { name: 'New assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Assess Ada Lovelace' })).toBeVisible();
  await expect(page.getByLabel('Level assessed against')).toHaveValue('e2');
  await page.getByRole('radiogroup', { name: 'Rating for Code and quality' }).getByLabel('Exceeding').check();
  await page.getByRole('radiogroup', { name: 'Rating for System design' }).getByLabel('Meeting').check();
  await page.getByRole('radiogroup', { name: 'Rating for Communication' }).getByLabel('Meeting').check();
  // Keyboard: arrow keys move within a rating group.
  await page.getByRole('radiogroup', { name: 'Rating for Ownership' }).getByLabel('Working towards').check();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radiogroup', { name: 'Rating for Ownership' }).getByLabel('Meeting')).toBeChecked();

  // Evidence without a competency is refused beside it; then one piece backs two.
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await page.getByLabel('Evidence 1 (required)').fill('Led the payments refactor design review');
  await page.getByRole('button', { name: 'Save assessment' }).click();
  await expect(page.getByText('Link the evidence to at least one competency.')).toBeVisible();
  const links = page.getByRole('group', { name: 'Backs these competencies' });
  await links.getByLabel('Code and quality').check();
  await links.getByLabel('System design').check();
  // The 1:1s to pick from: the held one first, then the one still to come.
  await expect(page.getByLabel('From the 1:1').locator('option')).toHaveText([
    'Not from a 1:1',
    '1:1 on 3 Mar 2026',
    '1:1 on 10 Mar 2026 (not held yet)',
  ]);
  await page.getByLabel('From the 1:1').selectOption({ label: '1:1 on 3 Mar 2026' });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save assessment' }).click();

  await expect(
    // On screen the year is said only outside the current year, as for every date.
    page.getByRole('heading', { level: 1, name: /^Ada Lovelace · Engineer 2 assessment, (3 Mar|Mar 3)(,? 2026)?$/ }),
  ).toBeVisible();
  const readiness = page.getByRole('region', { name: 'Towards Senior engineer' });
  await expect(readiness).toContainText('Already showing Senior engineer behaviour in 1 area.');
  await expect(readiness).toContainText('Showing the next level: Code and quality');
  await expect(page.getByRole('region', { name: 'Evidence' })).toContainText(
    'Backs Code and quality, System design · 1:1 on 3 Mar 2026',
  );
  await expectAccessible(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Export promotion case' }).click();
  expect((await download).suggestedFilename()).toBe('promotion-case-ada-lovelace-2026-03-03.md');
  const markdown = await readFile((await (await download).path())!, 'utf8');
  expect(markdown).toContain('- Led the payments refactor design review (1:1 on 3 Mar 2026)');

  await page.getByRole('link', { name: 'Back to Ada Lovelace' }).click();
  await page.getByText('Compare assessments', { exact: true }).click();
  const compare = page.getByRole('table', { name: /^Ratings of Mon,? (1 Dec|Dec 1,) 2025 · Engineer 2 and / });
  await expect(compare.getByRole('row', { name: /Code and quality Meeting Exceeding Up/ })).toBeVisible();
  await expect(compare.getByRole('row', { name: /System design Working towards Meeting Up/ })).toBeVisible();
  await expect(compare.getByRole('row', { name: /Ownership — Meeting Newly rated/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Radar chart/ })).toBeVisible();
  await expectAccessible(page);

  // The same screens pass axe in the dark theme.
  app.call('settings.update', { theme: 'dark' });
  await page.reload();
  await page.getByText('Compare assessments', { exact: true }).click();
  await expect(page.getByRole('img', { name: /Radar chart/ })).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole('link', { name: /^Assessment of / })
    .first()
    .click();
  await expect(page.getByRole('region', { name: 'Towards Senior engineer' })).toBeVisible();
  await expectAccessible(page);

  // The evidence links to the 1:1 it came from.
  await page.getByRole('region', { name: 'Evidence' }).getByRole('link', { name: '1:1 on 3 Mar 2026' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1:1 with Ada Lovelace' })).toBeVisible();
  expect(page.url()).toContain(`#/one-on-ones/meeting/${held.id}`);
  await expectAccessible(page);
});

test('a manager adds a stretch goal and a check-in; overdue and stale goals stand out', async ({ page, app }) => {
  // A long journey through several screens; the machine running the suite is shared.
  test.setTimeout(90_000);
  app.setNow(new Date('2026-03-02T09:00:00Z'));
  const { person } = arrange(app);
  await page.goto(`http://cairn.localhost/index.html#/people/${person.id}`);
  const goals = page.getByRole('region', { name: 'Stretch goals' });
  await expect(goals).toContainText('No stretch goals yet.');
  await goals.getByRole('button', { name: 'Add goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a stretch goal' });
  await dialog.getByRole('button', { name: 'Add goal' }).click();
  await expect(dialog.getByText('Title is required: fill it in.')).toBeVisible();
  await dialog.getByLabel('Title (required)').fill('Run the incident review programme');
  await dialog.getByLabel('Success criteria').fill('Every sev-2 reviewed within a week');
  await fillDate(dialog, 'Due date', '2026-05-01');
  await dialog.getByLabel('Target level').selectOption({ label: 'Senior engineer' });
  await dialog.getByRole('group', { name: 'Competencies it grows' }).getByLabel('Running in production').check();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Add goal' }).click();

  const card = goals.getByRole('article', { name: 'Run the incident review programme' });
  await expect(card).toContainText(/Due Fri, May 1(, 2026)? · towards Senior engineer · Running in production/);
  await card.getByRole('button', { name: 'Check in on Run the incident review programme' }).click();
  await card.getByLabel('Progress note').fill('First two reviews held');
  await card.getByRole('button', { name: 'Save check-in' }).click();
  await expect(card.getByRole('list', { name: /Check-ins on/ })).toContainText(
    /Mon, Mar 2(, 2026)? First two reviews held/,
  );
  await expect(card.getByText('Overdue')).toHaveCount(0);
  await expectAccessible(page);

  // Months later, with no check-in since: overdue and stale.
  app.setNow(new Date('2026-06-15T09:00:00Z'));
  await page.reload();
  await expect(card.getByText('Overdue')).toBeVisible();
  await expect(card.getByText('No check-in for 30+ days')).toBeVisible();
  expect(app.call('goals.forPrep', { personId: person.id })).toMatchObject({ overdue: 1, stale: 1 });

  // The 1:1 prep view keeps the goal in front of the manager, overdue and all.
  await page.goto(`http://cairn.localhost/index.html#/one-on-ones/person/${person.id}`);
  const prepGoals = page.getByRole('region', { name: 'Stretch goals' });
  await expect(prepGoals).toContainText('Run the incident review programme');
  await expect(prepGoals).toContainText('First two reviews held');
  await expectAccessible(page);
  await page.goto(`http://cairn.localhost/index.html#/people/${person.id}`);

  app.call('settings.update', { theme: 'dark' });
  await page.reload();
  await expect(card.getByText('Overdue')).toBeVisible();
  await expectAccessible(page);

  // Deleting asks first, then removes the goal and its check-ins.
  await card.getByRole('button', { name: 'Edit Run the incident review programme' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit stretch goal' });
  await edit.getByRole('button', { name: 'Delete goal…' }).click();
  await edit.getByRole('button', { name: 'Yes, delete goal and check-ins' }).click();
  await expect(goals).toContainText('No stretch goals yet.');
  expect(app.call('goals.list', { personId: person.id })).toEqual([]);
});
