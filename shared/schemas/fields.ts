import { z } from 'zod';

/** Row ids are UUIDs so exports from two machines can be merged without clashes. */
export const idSchema = z.uuid({ message: 'must be a valid id' });

/** Required free text, trimmed, with a limit the message states. */
export function requiredText(label: string, max: number) {
  return z
    .string({ message: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);
}

/** Optional free text: empty string means "not given". */
export function optionalText(label: string, max: number) {
  return z.string().trim().max(max, `${label} must be at most ${max} characters`);
}

/**
 * The years Cairn accepts in any date: wide enough for any real start date, due date or
 * meeting, narrow enough that date arithmetic (a weekly series, a retention period) stays
 * small and every loop over dates ends quickly. A year like 9999 is a typo, not a plan.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;
const YEAR_RANGE_MESSAGE = `must be between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}`;

export function yearInRange(isoText: string): boolean {
  const year = Number(isoText.slice(0, 4));
  return /^\d{4}-/.test(isoText) && year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/** A calendar date as YYYY-MM-DD that exists (no 31 February), within the years Cairn accepts. */
export const isoDateSchema = z.iso
  .date({ message: 'must be a date as YYYY-MM-DD' })
  .refine(yearInRange, YEAR_RANGE_MESSAGE);

/** Whether the date part of an ISO date-time is a day the calendar has (no 30 February). */
function realCalendarDay(isoText: string): boolean {
  const [y, m, d] = isoText.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** A moment as ISO 8601 with a zone (2026-03-02T15:00:00.000Z), a real day within the years Cairn accepts. */
export const isoDateTimeSchema = z.iso
  .datetime({ offset: true, message: 'must be a date and time such as 2026-03-02T15:00:00Z' })
  .refine(realCalendarDay, 'must be a day the calendar has')
  .refine(yearInRange, YEAR_RANGE_MESSAGE);

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .max(64, 'must be an IANA time zone such as Europe/Berlin')
  .refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin');
