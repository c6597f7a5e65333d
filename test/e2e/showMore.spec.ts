import { HOME_WEEK_PAGE } from '#shared/home/model';
import { ENDED_PAIRS_PAGE } from '#shared/mentoring/model';
import { OVERVIEW_PAGE } from '#shared/oneOnOnes/model';
import { emptyPersonFields } from '#shared/people/model';
import { pairInput } from '../support/mentoring';
import { weeklySeries } from '../support/oneOnOnes';
import type { TestApp } from '../support/testApp';
import { APP_URL, expect, expectAccessible, requestsAnswered, test } from './fixtures';

const PEOPLE = Math.max(HOME_WEEK_PAGE, OVERVIEW_PAGE) + 12;

const nameOf = (n: number) => `Person ${String(n).padStart(3, '0')}`;

/** Wednesday 4 March 2026 and a weekly 1:1 for each of PEOPLE on Thursday 5 March, a minute apart. */
function arrangeBigWeek(app: TestApp) {
  app.setNow(new Date('2026-03-04T09:00:00Z'));
  app.db.transaction(() => {
    for (let i = 0; i < PEOPLE; i++) {
      const person = app.call('people.create', {
        ...emptyPersonFields,
        name: nameOf(i + 1),
        timeZone: 'UTC',
      });
      weeklySeries(app, person.id, {
        firstDate: '2026-03-05',
        time: `${String(9 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
        timeZone: 'UTC',
      });
    }
  })();
}

test("a week of more 1:1s than Home's first page: the rest come on asking, focus on the first row added", async ({
  page,
  app,
}) => {
  arrangeBigWeek(app);
  await page.reload();
  const week = page.getByRole('region', { name: 'My week of 1:1s' });
  const names = week.locator('.home-meeting__name');
  await expect(names).toHaveCount(HOME_WEEK_PAGE);
  await expect(week).toContainText(`Showing ${HOME_WEEK_PAGE} of ${PEOPLE} 1:1s.`);
  await expectAccessible(page);

  // A page at a time, from the keyboard; focus lands on the first row each page adds.
  for (let shown = HOME_WEEK_PAGE; shown < PEOPLE; shown += HOME_WEEK_PAGE) {
    await week.getByRole('button', { name: `Show ${Math.min(HOME_WEEK_PAGE, PEOPLE - shown)} more` }).focus();
    await page.keyboard.press('Enter');
    await expect(names).toHaveCount(Math.min(PEOPLE, shown + HOME_WEEK_PAGE));
    await expect(page.getByRole('link', { name: `${nameOf(shown + 1)}, prep` })).toBeFocused();
  }
  // Every 1:1 of the week, in time order.
  await expect(names.last()).toHaveText(nameOf(PEOPLE));
  await expect(week.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);
  await expect(week).not.toContainText('Showing');

  app.call('settings.update', { theme: 'dark' });
  await page.reload();
  await expect(names).toHaveCount(HOME_WEEK_PAGE);
  await expectAccessible(page);
});

test('the 1:1s screen shows a page of people and the rest on asking, each row as before', async ({ page, app }) => {
  arrangeBigWeek(app);
  await page.goto(`${APP_URL}/index.html#/one-on-ones`);
  const table = page.getByRole('table', { name: '1:1 series' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(OVERVIEW_PAGE);
  await expect(rows.first()).toContainText(nameOf(1));
  await expect(rows.first()).toContainText('Every week');
  await expect(rows.first().getByRole('link', { name: /Thu/ })).toBeVisible();
  await expect(page.getByText(`Showing ${OVERVIEW_PAGE} of ${PEOPLE} people.`)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: `Show ${PEOPLE - OVERVIEW_PAGE} more` }).click();
  await expect(rows).toHaveCount(PEOPLE);
  await expect(page.getByRole('link', { name: nameOf(OVERVIEW_PAGE + 1), exact: true })).toBeFocused();
  await expect(rows.last()).toContainText(nameOf(PEOPLE));
  await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);

  // The meeting screen's "Next 1:1" goes to the next person's 1:1 of the day.
  await rows.first().getByRole('link', { name: /Thu/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: `1:1 with ${nameOf(1)}` })).toBeVisible();
  await requestsAnswered(page);
  await page.keyboard.press('Alt+Shift+N');
  await expect(page.getByRole('heading', { level: 1, name: `1:1 with ${nameOf(2)}` })).toBeVisible();
});

test('the mentoring screen shows a page of ended pairs and the rest on asking', async ({ page, app }) => {
  app.setNow(new Date('2026-03-02T09:00:00Z'));
  const ended = ENDED_PAIRS_PAGE + 2;
  app.db.transaction(() => {
    const mentor = app.call('people.create', { ...emptyPersonFields, name: 'Omar Farouk', relationship: 'mentor' });
    for (let i = 1; i <= ended; i++) {
      const mentee = app.call('people.create', { ...emptyPersonFields, name: nameOf(i) });
      const pair = app.call('mentoring.createPair', pairInput(mentor.id, mentee.id));
      app.call('mentoring.setStatus', { id: pair.id, status: 'ended', reason: 'Goals met' });
    }
  })();
  await page.goto(`${APP_URL}/index.html#/mentoring`);
  const section = page.getByRole('region', { name: 'Ended pairs' });
  const rows = section.locator('tbody tr');
  await expect(rows).toHaveCount(ENDED_PAIRS_PAGE);
  await expect(section).toContainText(`Showing ${ENDED_PAIRS_PAGE} of ${ended} ended pairs.`);
  await expectAccessible(page);

  await section.getByRole('button', { name: 'Show 2 more' }).click();
  await expect(rows).toHaveCount(ended);
  await expect(rows.nth(ENDED_PAIRS_PAGE).getByRole('link')).toBeFocused();
  await expect(section.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);
});
