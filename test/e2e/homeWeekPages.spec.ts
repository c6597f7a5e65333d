import { HOME_WEEK_PAGE } from '#shared/home/model';
import { emptyPersonFields } from '#shared/people/model';
import type { TestApp } from '../support/testApp';
import { expect, expectAccessible, test } from './fixtures';
import { weeklySeries } from '../support/oneOnOnes';

const PEOPLE = HOME_WEEK_PAGE + 12;

/** Wednesday 4 March 2026 and a weekly 1:1 for each of PEOPLE on Thursday 5 March, a minute apart. */
function arrangeBigWeek(app: TestApp) {
  app.setNow(new Date('2026-03-04T09:00:00Z'));
  app.db.transaction(() => {
    for (let i = 0; i < PEOPLE; i++) {
      const person = app.call('people.create', {
        ...emptyPersonFields,
        name: `Person ${String(i + 1).padStart(3, '0')}`,
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
  await expect(week).toContainText(`Showing ${HOME_WEEK_PAGE} of ${PEOPLE} 1:1s this week.`);
  await expectAccessible(page);

  const more = week.getByRole('button', { name: `Show ${PEOPLE - HOME_WEEK_PAGE} more` });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(names).toHaveCount(PEOPLE);
  // Reading carries on where the new rows begin, in time order.
  await expect(
    page.getByRole('link', { name: `Person ${String(HOME_WEEK_PAGE + 1).padStart(3, '0')}, prep` }),
  ).toBeFocused();
  await expect(names.last()).toHaveText(`Person ${String(PEOPLE).padStart(3, '0')}`);
  await expect(week.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);
  await expect(week).not.toContainText('Showing');

  app.call('settings.update', { theme: 'dark' });
  await page.reload();
  await expect(names).toHaveCount(HOME_WEEK_PAGE);
  await expectAccessible(page);
});
