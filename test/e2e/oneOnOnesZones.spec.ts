import { emptyPersonFields } from '#shared/people/model';
import type { TestApp } from '../support/testApp';
import { expect, expectAccessible, openSection, test } from './fixtures';
import { expectTime, fillDate, fillTime } from './dateFields';
import { weeklySeries } from '../support/oneOnOnes';

/** The renderer writes dates as Playwright's Chromium (en-US) does; the year only outside the current one. */
const Y = '(, 2026)?';

/**
 * A London manager with Priya in Kolkata and Sam in New York, both series anchored to the
 * manager's clock (Thursdays, 10:00 and 15:00 London). New York moves to summer time on
 * 8 March 2026, London on 29 March, Kolkata never: the manager's times stay put on every
 * screen, and the reports' times beside them follow their clocks.
 */
function arrange(app: TestApp) {
  app.setNow(new Date('2026-03-02T08:00:00Z'));
  app.call('settings.update', { timeZone: 'Europe/London' });
  const ids: Record<string, string> = {};
  for (const [name, zone, time] of [
    ['Priya Raman', 'Asia/Kolkata', '10:00'],
    ['Sam Carter', 'America/New_York', '15:00'],
  ] as const) {
    const id = app.call('people.create', { ...emptyPersonFields, name, timeZone: zone }).id;
    weeklySeries(app, id, { firstDate: '2026-03-05', time });
    ids[name] = id;
  }
  return ids;
}

/** Moves the clock to `now` and marks every earlier 1:1 as held, as a manager's weeks would. */
function holdUntil(app: TestApp, ids: Record<string, string>, now: string) {
  app.setNow(new Date(now));
  for (const personId of Object.values(ids)) {
    for (;;) {
      const m = app.call('oneOnOnes.prep', { personId }).upcoming!;
      if (m.startsAt >= now) break;
      app.call('oneOnOnes.hold', { meetingId: m.id });
    }
  }
}

test('a London manager sees each 1:1 on their own clock, the report’s time beside it, across the clock changes', async ({
  page,
  app,
}) => {
  const ids = arrange(app);

  // Week of 9 March: New York is on summer time already, London not yet.
  holdUntil(app, ids, '2026-03-09T08:00:00Z');
  await page.reload();
  const week = page.getByRole('region', { name: 'My week of 1:1s' });
  await expect(week).toContainText('All times are your time (London)');
  const rows = week.getByRole('listitem').filter({ has: page.getByRole('link', { name: /, prep$/ }) });
  const when = (i: number) => rows.nth(i).locator('.home-meeting__when');
  await expect(when(0)).toHaveText(new RegExp(`^Thu, Mar 12${Y}\\s*10:00 AM\\s*3:30 PM for Priya$`));
  await expect(when(1)).toHaveText(new RegExp(`^Thu, Mar 12${Y}\\s*3:00 PM\\s*11:00 AM for Sam$`));
  await expectAccessible(page);

  // Week of 30 March: London on summer time too; Kolkata never changes.
  holdUntil(app, ids, '2026-03-30T08:00:00Z');
  await page.reload();
  await expect(when(0)).toHaveText(new RegExp(`^Thu, Apr 2${Y}\\s*10:00 AM\\s*2:30 PM for Priya$`));
  await expect(when(1)).toHaveText(new RegExp(`^Thu, Apr 2${Y}\\s*3:00 PM\\s*10:00 AM for Sam$`));

  // The prep view and the meeting say the same.
  await week.getByRole('link', { name: 'Priya Raman, prep' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prep: Priya Raman' })).toBeVisible();
  await expect(page.getByText(new RegExp(`^Next 1:1: Thu, Apr 2${Y}, 10:00 AM · 2:30 PM for Priya`))).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Open next 1:1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1:1 with Priya Raman' })).toBeVisible();
  await expect(page.getByText(new RegExp(`^Thu, Apr 2${Y}, 10:00 AM · 2:30 PM for Priya`))).toBeVisible();

  // The Move dialog asks on the manager's clock, says so, and shows Priya's time as it is typed.
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Move to another day…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move this 1:1' });
  const time = 'New time, your time (London)';
  await expectTime(dialog, time, '10:00');
  await fillDate(dialog, 'New date', '2026-04-03');
  await fillTime(dialog, time, '11:30');
  await expect(dialog.getByText('That is 4:00 PM for Priya.')).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Move 1:1' }).click();
  await expect(page.getByText(new RegExp(`^Fri, Apr 3${Y}, 11:30 AM · 4:00 PM for Priya`))).toBeVisible();
  await expectAccessible(page);

  // The series form for Sam: his time on the first 1:1, and which clock stays fixed.
  await openSection(page, '1:1s');
  await page.getByRole('link', { name: 'Sam Carter' }).click();
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Edit series' }).click();
  await expect(page.getByRole('radio', { name: 'My time (London)' })).toBeChecked();
  await expect(page.getByText('On the first 1:1: 3:00 PM for you and 10:00 AM for Sam.')).toBeVisible();
  await page.getByRole('radio', { name: 'Sam’s time (New York)' }).check();
  await expect(page.getByText('On the first 1:1: 8:00 PM for you and 3:00 PM for Sam.')).toBeVisible();
  await expectAccessible(page);
});
