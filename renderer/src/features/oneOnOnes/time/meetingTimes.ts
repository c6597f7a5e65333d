import type { Counterpart } from '#shared/oneOnOnes/model';
import { sameWallClock, wallClockAt } from '#shared/oneOnOnes/zones';

/**
 * A 1:1's start in words, on the manager's clock first and the other person's beside it
 * when it differs: "Thu 3 Dec, 10:00" and "15:30 for Priya" (with their day when it is not
 * the same day there: "04:30 Fri for Sam").
 */

const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(zone: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${zone}#${withYear}`;
  let f = dayFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: zone,
    });
    dayFormats.set(key, f);
  }
  return f;
}

const weekday = (instant: string, zone: string) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: zone }).format(new Date(instant));

/** "Thu 3 Dec" (with the year when asked) on `zone`'s calendar. */
export function dayOf(instant: string, zone: string, withYear = false): string {
  return dayFormat(zone, withYear).format(new Date(instant)).replace(',', '');
}

/** "10:00" on `zone`'s clock. */
export const timeOf = (instant: string, zone: string) => wallClockAt(instant, zone).time;

/** "15:30 for Priya", or null when their clock reads the same as mine (or their zone is unknown). */
export function theirTime(instant: string, myZone: string, person: Counterpart): string | null {
  const zone = person.timeZone;
  if (!zone || sameWallClock(instant, myZone, zone)) return null;
  const mine = wallClockAt(instant, myZone);
  const theirs = wallClockAt(instant, zone);
  const day = theirs.date === mine.date ? '' : ` ${weekday(instant, zone)}`;
  return `${theirs.time}${day} for ${person.callName}`;
}

/** "Thu 3 Dec 2026, 10:00 · 15:30 for Priya": the whole line, for headers and plain text. */
export function meetingWhen(instant: string, myZone: string, person: Counterpart, withYear = true): string {
  const mine = `${dayOf(instant, myZone, withYear)}, ${timeOf(instant, myZone)}`;
  const theirs = theirTime(instant, myZone, person);
  return theirs ? `${mine} · ${theirs}` : mine;
}
