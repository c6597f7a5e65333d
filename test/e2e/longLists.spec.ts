import { insertMeeting } from '#electron/domains/oneOnOnes/queries';
import type { LadderDoc } from '#shared/ladders/model';
import { emptyPersonFields } from '#shared/people/model';
import { oneTrackLadder } from '../support/ladders';
import type { TestApp } from '../support/testApp';
import { APP_URL, expect, expectAccessible, test } from './fixtures';

const DAY = 86_400_000;

/** `count` held weekly 1:1s going back from 2026-03-03, the oldest on a date the test can name. */
function arrangeHistory(app: TestApp, count: number): { personId: string; oldest: string } {
  const person = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace', title: 'Engineer' });
  const start = Date.UTC(2026, 2, 3);
  let oldest = '';
  app.db.transaction(() => {
    const hold = app.db.prepare("UPDATE oo_meetings SET status = 'held', held_at = starts_at WHERE id = ?");
    for (let i = 0; i < count; i++) {
      const date = new Date(start - i * 7 * DAY).toISOString().slice(0, 10);
      const id = insertMeeting(
        app.db,
        { personId: person.id, slotDate: date, date, time: '10:00', timeZone: 'UTC', startsAt: `${date}T10:00:00Z` },
        '2026-01-01T00:00:00Z',
      );
      hold.run(id);
      if (i === count - 1) oldest = id;
    }
  })();
  return { personId: person.id, oldest };
}

test('a long 1:1 history renders only the rows in view and loads older meetings as it scrolls', async ({
  page,
  app,
}) => {
  const { personId, oldest } = arrangeHistory(app, 130);
  await page.goto(`${APP_URL}/index.html#/one-on-ones/person/${personId}`);
  const history = page.getByRole('region', { name: 'All 1:1s' });
  await expect(history).toContainText('130 meetings, newest first');
  const box = history.getByRole('region', { name: '1:1 history, 130 meetings, scrollable' });
  const rows = box.locator('li[aria-posinset]');
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
  await expect(rows.first()).toHaveAttribute('aria-setsize', '130');
  // Only the rows in view (and a few either side) are in the page, not the first page of 50.
  expect(await rows.count()).toBeLessThan(40);
  await expectAccessible(page);

  // From the keyboard: End scrolls to the end of what is loaded, which asks for the next page.
  await box.focus();
  const last = box.locator('li[aria-posinset="130"]');
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(last).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(box).not.toContainText('Loading older 1:1s');
  await last.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: '1:1 with Ada Lovelace' })).toBeVisible();
  expect(page.url()).toContain(`#/one-on-ones/meeting/${oldest}`);

  app.call('settings.update', { theme: 'dark' });
  await page.goto(`${APP_URL}/index.html#/one-on-ones/person/${personId}`);
  await expect(page.getByRole('region', { name: '1:1 history, 130 meetings, scrollable' })).toBeVisible();
  await expectAccessible(page);
});

/** Two areas of 40 competencies, four levels: the matrix is four blocks of rows. */
function longLadder(): LadderDoc {
  const levels = ['Junior', 'Mid', 'Senior', 'Staff'].map((name, i) => ({ id: `l${i + 1}`, name, track: 'ic' }));
  const areas = [
    { id: 'craft', name: 'Craft', description: '' },
    { id: 'people', name: 'People', description: '' },
  ];
  const competencies = Array.from({ length: 80 }, (_, c) => ({
    id: `c${c + 1}`,
    area: c < 40 ? 'craft' : 'people',
    name: `Skill ${c + 1}`,
    description: '',
  }));
  return oneTrackLadder('Long ladder', { levels, areas, competencies }, (ci, li) => ({
    text: `${competencies[ci]!.name} at ${levels[li]!.name}: does the work well, explains it to others, and improves how the team does it.`,
    examples: [],
  }));
}

test('a long ladder shows its outline at once and loads the wording of rows as they come into view', async ({
  page,
  app,
}) => {
  const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
  app.call('ladders.update', { id: ladder.id, doc: longLadder() });
  await page.goto(`${APP_URL}/index.html#/ladders/${ladder.id}`);
  const matrix = page.getByRole('table', { name: 'Expectations by competency and level' });
  await expect(matrix.getByRole('cell', { name: /^Skill 1 at Junior: does the work well/ })).toBeVisible();
  // Every row is named from the outline; the last block's wording has not been asked for.
  const lastRow = matrix.getByRole('row', { name: /^Skill 80/ });
  await expect(lastRow).toBeAttached();
  await expect(lastRow.getByRole('cell').first()).toHaveText('Loading…');
  await expectAccessible(page);

  await lastRow.scrollIntoViewIfNeeded();
  await expect(lastRow.getByRole('cell', { name: /^Skill 80 at Staff/ })).toBeVisible();
  await lastRow.getByRole('button', { name: 'Actions for Skill 80' }).click();
  await page.getByRole('menuitem', { name: 'Edit at Staff…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Skill 80 at Staff' });
  await expect(dialog.getByLabel('Expectation')).toHaveValue(/^Skill 80 at Staff: does the work well/);
  await dialog.getByLabel('Expectation').fill('Sets the direction for the whole area.');
  await dialog.getByRole('button', { name: 'Save expectation' }).click();
  await expect(page.getByRole('alertdialog')).toHaveText('Saved.');
  await expect(
    matrix
      .getByRole('row', { name: /^Skill 80/ })
      .getByRole('cell', { name: 'Sets the direction for the whole area.' }),
  ).toBeVisible();
  const stored = JSON.parse(app.call('ladders.export', { id: ladder.id }).json) as LadderDoc;
  expect(stored.expectations.find((e) => e.competency === 'c80' && e.level === 'l4')?.text).toBe(
    'Sets the direction for the whole area.',
  );
  expect(stored.expectations).toHaveLength(320);
});
