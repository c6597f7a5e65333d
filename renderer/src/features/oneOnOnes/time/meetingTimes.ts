import { displayLocale, formatDate, formatDateTime, formatTime } from '#shared/format';
import type { Counterpart } from '#shared/oneOnOnes/model';
import { sameWallClock, wallClockAt } from '#shared/oneOnOnes/zones';

/**
 * A 1:1's start in words, on the manager's clock first and the other person's beside it
 * when it differs: "Thu 3 Dec, 10:00" and "15:30 for Priya" (with their day when it is not
 * the same day there: "04:30 Fri for Sam"). The words come from the one formatting module
 * (shared/format), in the user's locale; `locale` and `today` are for tests.
 */
export interface TimeWords {
  locale?: string;
  today?: string;
}

/** "Thu 3 Dec" on `zone`'s calendar (the year only outside the current one). */
export function dayOf(instant: string, zone: string, words: TimeWords = {}): string {
  return formatDate(wallClockAt(instant, zone).date, words);
}

/** "10:00" on `zone`'s clock. */
export function timeOf(instant: string, zone: string, words: TimeWords = {}): string {
  return formatTime(instant, { timeZone: zone, ...(words.locale ? { locale: words.locale } : {}) });
}

function weekday(instant: string, zone: string, locale?: string): string {
  return new Intl.DateTimeFormat(displayLocale(locale).locale, { weekday: 'short', timeZone: zone }).format(
    new Date(instant),
  );
}

/** "15:30 for Priya", or null when their clock reads the same as mine (or their zone is unknown). */
export function theirTime(instant: string, myZone: string, person: Counterpart, words: TimeWords = {}): string | null {
  const zone = person.timeZone;
  if (!zone || sameWallClock(instant, myZone, zone)) return null;
  const otherDay = wallClockAt(instant, zone).date !== wallClockAt(instant, myZone).date;
  const day = otherDay ? ` ${weekday(instant, zone, words.locale)}` : '';
  return `${timeOf(instant, zone, words)}${day} for ${person.callName}`;
}

/** "Thu 3 Dec, 10:00 · 15:30 for Priya": the whole line, for headers and plain text. */
export function meetingWhen(instant: string, myZone: string, person: Counterpart, words: TimeWords = {}): string {
  const mine = formatDateTime(instant, { timeZone: myZone, ...words });
  const theirs = theirTime(instant, myZone, person, words);
  return theirs ? `${mine} · ${theirs}` : mine;
}
