import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Date and time fields are react-aria segments (day, month, year; hour, minute, AM/PM) in the
 * order the browser's locale writes them, not one text input: these helpers type into each
 * segment by its kind, so a spec reads the same whatever the locale.
 */
function fieldGroup(scope: Page | Locator, label: string | RegExp): Locator {
  return scope.getByRole('group', { name: label }).first();
}

/** Types an ISO day ('2026-03-19') into the date field with this label. */
export async function fillDate(scope: Page | Locator, label: string | RegExp, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const group = fieldGroup(scope, label);
  // Year and month first, so the day is checked against the right month's length.
  for (const [type, value] of [
    ['year', year],
    ['month', month],
    ['day', day],
  ] as const) {
    await group.locator(`[data-type="${type}"]`).pressSequentially(String(Number(value)));
  }
}

/** Types a 24-hour time ('14:30') into the time field with this label, on a 12- or 24-hour clock. */
export async function fillTime(scope: Page | Locator, label: string | RegExp, clock: string): Promise<void> {
  const [hour, minute] = clock.split(':').map(Number) as [number, number];
  const group = fieldGroup(scope, label);
  const period = group.locator('[data-type="dayPeriod"]');
  const twelveHour = (await period.count()) > 0;
  const shown = twelveHour ? hour % 12 || 12 : hour;
  await group.locator('[data-type="hour"]').pressSequentially(String(shown));
  await group.locator('[data-type="minute"]').pressSequentially(String(minute).padStart(2, '0'));
  if (twelveHour) await period.press(hour < 12 ? 'a' : 'p');
}

/** The date field with this label shows this ISO day. */
export async function expectDate(scope: Page | Locator, label: string | RegExp, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-').map(Number);
  const group = fieldGroup(scope, label);
  await expect(group.locator('[data-type="year"]')).toHaveAttribute('aria-valuenow', String(year));
  await expect(group.locator('[data-type="month"]')).toHaveAttribute('aria-valuenow', String(month));
  await expect(group.locator('[data-type="day"]')).toHaveAttribute('aria-valuenow', String(day));
}

/** The time field with this label shows this 24-hour time. */
export async function expectTime(scope: Page | Locator, label: string | RegExp, clock: string): Promise<void> {
  const [hour, minute] = clock.split(':').map(Number) as [number, number];
  const group = fieldGroup(scope, label);
  const period = group.locator('[data-type="dayPeriod"]');
  const twelveHour = (await period.count()) > 0;
  // The hour segment reads out on the clock it shows ("10 AM" or "22").
  const shown = twelveHour ? hour % 12 || 12 : hour;
  await expect(group.locator('[data-type="hour"]')).toHaveAttribute('aria-valuetext', new RegExp(`^0?${shown}\\b`));
  await expect(group.locator('[data-type="minute"]')).toHaveAttribute('aria-valuenow', String(minute));
  if (twelveHour) await expect(period).toHaveAttribute('aria-valuenow', hour < 12 ? '0' : '12');
}
