/**
 * Calendar dates as YYYY-MM-DD strings: the arithmetic every domain needs, without a date
 * library. Views call these for every row they show, and luxon's versions cost 20–30 µs a
 * call: most of a 1:1 prep view's time on a decade of data.
 */

const DAY_MS = 86_400_000;

/** Whole calendar days from `a` to `b` (b − a), immune to DST and time zones. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** One formatter per zone: making an Intl.DateTimeFormat costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for a zone that does not exist, as luxon's invalid DateTime did not.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      calendar: 'iso8601',
      numberingSystem: 'latn',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** How long a resolved system zone is trusted when the offset from UTC has not moved. */
const SYSTEM_ZONE_TTL_MS = 60_000;
let systemZone: { zone: string; offset: number; until: number } | null = null;

/**
 * This computer's own time zone: what "your time" means when no zone is chosen. Resolving it
 * makes an Intl.DateTimeFormat, 40-150 µs, and every date a screen draws asked for it on
 * every render (formatDate's "this year?"), as did each handler's `today`. Kept, and resolved
 * again as soon as the offset from UTC changes (the computer moved zone, or its zone was
 * changed) and at least once a minute (a move between zones that share today's offset).
 */
export function systemTimeZone(): string {
  const now = Date.now();
  const offset = new Date(now).getTimezoneOffset();
  if (!systemZone || systemZone.offset !== offset || now >= systemZone.until) {
    systemZone = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, offset, until: now + SYSTEM_ZONE_TTL_MS };
  }
  return systemZone.zone;
}

/** The calendar date in `timeZone` at `instant` ("today" there). */
export function localDate(instant: Date, timeZone: string): string {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export type WeekStart = 'monday' | 'sunday';

/** The week (first and last day) that `date` falls in, starting on Monday or Sunday. The caller picks whose "today" it is. */
export function weekOf(date: string, startsOn: WeekStart): { start: string; end: string } {
  // getUTCDay: 0 = Sunday … 6 = Saturday.
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const back = startsOn === 'monday' ? (weekday + 6) % 7 : weekday;
  const start = addDays(date, -back);
  return { start, end: addDays(start, 6) };
}
