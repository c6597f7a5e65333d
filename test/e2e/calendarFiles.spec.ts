import { readFileSync } from 'node:fs';
import { expect, expectAccessible, openSection, test } from './fixtures';

const GOOGLE = 'test/fixtures/calendars/ours/google-1on1s.ics';
const TUESDAY = new Date('2026-12-01T08:00:00Z');

test('import 1:1 series from a Google Calendar file, see their next dates, re-import without duplicates, export one', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000);
  app.setNow(TUESDAY);
  // A London manager: 1:1 times are shown on their clock, the other person's beside it.
  app.call('settings.update', { timeZone: 'Europe/London' });
  await page.reload();
  await openSection(page, '1:1s');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Import from calendar…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import 1:1s from a calendar' })).toBeVisible();

  // A file that is not a calendar: a clear refusal, nothing else.
  await page.getByLabel('Calendar file (.ics)').setInputFiles({
    name: 'people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,wants\nAda,mentor\n'),
  });
  await expect(page.getByRole('alert')).toContainText('This is not a calendar file');

  await page.getByLabel('Calendar file (.ics)').setInputFiles(GOOGLE);
  const preview = page.getByRole('table', { name: /Found 3 1:1 series/ });
  await expect(preview.getByRole('row')).toHaveCount(4);
  const priya = preview.getByRole('row', { name: /Priya \/ Sam 1:1/ });
  await expect(priya).toContainText('Priya Sharma');
  await expect(priya).toContainText('new person');
  await expect(priya).toContainText('Every week');
  await expect(priya).toContainText('1 cancelled, 1 moved');
  // BYDAY=2TU: the second Tuesday of every month.
  await expect(preview.getByRole('row', { name: /Lee \/ Sam monthly/ })).toContainText(
    'Every month on the second Tuesday',
  );
  const problems = page.getByRole('region', { name: '1 event not imported' });
  await expect(problems).toContainText('all-day event');
  await expect(page.getByText('1 other recurring event has more or fewer than two people')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Import 3 series' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1:1s' })).toBeVisible();
  // Lee's next 1:1 is the second Tuesday of December, 8 December.
  await expect(page.getByRole('row', { name: /Lee Chen/ })).toContainText('Every month on the second Tuesday');
  await expect(page.getByRole('row', { name: /Lee Chen/ })).toContainText(/Tue, Dec 8(, 2026)?, 4:00 PM/);
  const priyaRow = page.getByRole('row', { name: /Priya Sharma/ });
  await expect(priyaRow).toContainText('Every week');
  await expect(priyaRow).toContainText(/Tue, Dec 1(, 2026)?, 10:00 AM/);
  // 15:30 in Berlin, as the file says, is 14:30 for the London manager.
  await expect(page.getByRole('row', { name: /Jonas Weber/ })).toContainText(
    /Thu, Dec 10(, 2026)?, 2:30 PM · 3:30 PM for Jonas/,
  );

  // The same file again: both rows update; nothing is duplicated.
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Import from calendar…' }).click();
  await page.getByLabel('Calendar file (.ics)').setInputFiles(GOOGLE);
  await expect(page.getByText('updates their series')).toHaveCount(3);
  await page.getByRole('button', { name: 'Import 3 series' }).click();
  await expect(page.getByRole('row', { name: /Priya Sharma/ })).toHaveCount(1);
  expect(app.db.prepare('SELECT count(*) FROM oo_series').pluck().get()).toBe(3);

  // Calendar out: the series as an .ics file, with no notes in it.
  await page.getByRole('link', { name: 'Priya Sharma' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Add to calendar (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('1-1-Priya-Sharma.ics');
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toContain('DTSTART;TZID=Europe/London:20260901T100000');
  expect(text).toContain('SUMMARY:1:1 with Priya Sharma');
});

test('the calendar import screen passes axe in the dark theme', async ({ page, app }) => {
  app.setNow(TUESDAY);
  app.call('settings.update', { theme: 'dark' });
  await page.reload();
  await openSection(page, '1:1s');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Import from calendar…' }).click();
  await page.getByLabel('Calendar file (.ics)').setInputFiles(GOOGLE);
  await expect(page.getByRole('table', { name: /Found 3 1:1 series/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page);
});
