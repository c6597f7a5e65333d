import { DateTime } from 'luxon';

/**
 * Wall clocks in two zones: the manager's and the other person's. A 1:1 is stored as an
 * instant (`startsAt`) plus the zone it is anchored to; everything here reads that instant
 * in some zone or turns a wall-clock time typed in one zone into the same instant's wall
 * clock in another. Why the anchor zone is the one that stays fixed: docs/time-zones.md.
 */

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
}

/** The date and time an instant reads as in `zone`. */
export function wallClockAt(instant: string, zone: string): WallClock {
  const local = DateTime.fromISO(instant, { zone: 'UTC' }).setZone(zone);
  if (!local.isValid) throw new Error('invalid instant or zone');
  return { date: local.toISODate()!, time: local.toFormat('HH:mm') };
}

/**
 * The same moment on another zone's clock: 10:00 on 3 Dec in London is 15:30 in Kolkata.
 * A time the clocks skip in `from` (02:30 on the spring-forward night) moves on by the gap.
 */
export function convertWallClock(clock: WallClock, from: string, to: string): WallClock {
  if (from === to) return clock;
  const local = DateTime.fromISO(`${clock.date}T${clock.time}`, { zone: from });
  if (!local.isValid) throw new Error('invalid date, time or zone');
  const there = local.setZone(to);
  return { date: there.toISODate()!, time: there.toFormat('HH:mm') };
}

/** True when both zones read the same wall clock at this instant (no need to show both). */
export function sameWallClock(instant: string, a: string, b: string): boolean {
  if (a === b) return true;
  const x = wallClockAt(instant, a);
  const y = wallClockAt(instant, b);
  return x.date === y.date && x.time === y.time;
}
