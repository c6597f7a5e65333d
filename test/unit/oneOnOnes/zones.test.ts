import { describe, expect, it } from 'vitest';
import { meetingStart } from '#shared/oneOnOnes/cadence';
import { convertWallClock, sameWallClock, wallClockAt } from '#shared/oneOnOnes/zones';
import { meetingWhen, theirTime } from '#renderer/features/oneOnOnes/time/meetingTimes';

/**
 * 2026's clock changes, checked by hand against the zones' rules: New York springs forward on
 * 8 March and falls back on 1 November; London on 29 March and 25 October; Kolkata never.
 * Between the two countries' changes London and New York are four hours apart, not five.
 */
const LONDON = 'Europe/London';
const KOLKATA = 'Asia/Kolkata';
const NEW_YORK = 'America/New_York';

describe('a 1:1 anchored at 10:00 on the London clock', () => {
  const weeks: [date: string, utc: string, kolkata: string, newYork: string][] = [
    ['2026-03-05', '2026-03-05T10:00:00Z', '15:30', '05:00'], // all on winter time
    ['2026-03-12', '2026-03-12T10:00:00Z', '15:30', '06:00'], // New York on summer time, London not yet
    ['2026-04-02', '2026-04-02T09:00:00Z', '14:30', '05:00'], // both on summer time
    ['2026-10-29', '2026-10-29T10:00:00Z', '15:30', '06:00'], // London back on winter time, New York not yet
    ['2026-11-05', '2026-11-05T10:00:00Z', '15:30', '05:00'], // both on winter time
  ];
  it.each(weeks)('on %s stays at 10:00 in London; Kolkata and New York move with the changes', (date, utc, kol, ny) => {
    const startsAt = meetingStart(date, '10:00', LONDON);
    expect(startsAt).toBe(utc);
    expect(wallClockAt(startsAt, LONDON)).toEqual({ date, time: '10:00' });
    expect(wallClockAt(startsAt, KOLKATA).time).toBe(kol);
    expect(wallClockAt(startsAt, NEW_YORK).time).toBe(ny);
    expect(convertWallClock({ date, time: '10:00' }, LONDON, KOLKATA)).toEqual({ date, time: kol });
    expect(convertWallClock({ date, time: ny }, NEW_YORK, LONDON)).toEqual({ date, time: '10:00' });
  });
});

describe('a 1:1 anchored at 15:30 on the Kolkata clock (how series were kept before the manager had a zone)', () => {
  it.each([
    ['2026-03-26', '10:00'],
    ['2026-04-02', '11:00'],
    ['2026-10-22', '11:00'],
    ['2026-10-29', '10:00'],
  ])('on %s is %s in London', (date, london) => {
    const startsAt = meetingStart(date, '15:30', KOLKATA);
    expect(wallClockAt(startsAt, KOLKATA).time).toBe('15:30');
    expect(wallClockAt(startsAt, LONDON).time).toBe(london);
  });
});

describe('the other person’s time beside mine', () => {
  const priya = { callName: 'Priya', timeZone: KOLKATA };
  const sam = { callName: 'Sam', timeZone: NEW_YORK };
  const amara = { callName: 'Amara', timeZone: LONDON };
  const gb = { locale: 'en-GB', today: '2026-12-01' };

  it('says their time and, when it is another day there, which day', () => {
    const start = meetingStart('2026-12-03', '10:00', LONDON);
    expect(meetingWhen(start, LONDON, priya, gb)).toBe('Thu 3 Dec, 10:00 · 15:30 for Priya');
    expect(theirTime(start, LONDON, sam, gb)).toBe('05:00 for Sam');
    expect(theirTime(start, LONDON, sam, { locale: 'en-US' })).toBe('5:00 AM for Sam');
    const late = meetingStart('2026-12-03', '23:00', NEW_YORK);
    expect(meetingWhen(late, NEW_YORK, priya, gb)).toBe('Thu 3 Dec, 23:00 · 09:30 Fri for Priya');
    expect(meetingWhen(late, NEW_YORK, priya, { ...gb, today: '2027-01-04' })).toBe(
      'Thu 3 Dec 2026, 23:00 · 09:30 Fri for Priya',
    );
  });

  it('says nothing more when their clock reads the same as mine, or their zone is unknown', () => {
    const start = meetingStart('2026-12-03', '10:00', LONDON);
    expect(theirTime(start, LONDON, amara)).toBeNull();
    expect(theirTime(start, LONDON, { callName: 'Lin', timeZone: 'Europe/Lisbon' })).toBeNull(); // same clock in winter
    expect(theirTime(start, LONDON, { callName: 'Kit', timeZone: null })).toBeNull();
    expect(sameWallClock(start, LONDON, KOLKATA)).toBe(false);
  });
});
