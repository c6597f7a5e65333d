import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  localDate,
  meetingStart,
  nextSlotAfter,
  slotDate,
  slotOnOrAfter,
  type CadenceRule,
} from '#shared/oneOnOnes/cadence';

const monthly31: CadenceRule = { cadence: 'monthly', everyDays: null, firstDate: '2026-01-31' };

describe('cadence', () => {
  it('steps weekly, biweekly and custom N days across month and year ends', () => {
    const weekly: CadenceRule = { cadence: 'weekly', everyDays: null, firstDate: '2026-12-24' };
    expect([0, 1, 2].map((n) => slotDate(weekly, n))).toEqual(['2026-12-24', '2026-12-31', '2027-01-07']);
    const biweekly: CadenceRule = { cadence: 'biweekly', everyDays: null, firstDate: '2026-02-20' };
    expect(slotDate(biweekly, 1)).toBe('2026-03-06');
    const every10: CadenceRule = { cadence: 'custom', everyDays: 10, firstDate: '2028-02-25' };
    expect(slotDate(every10, 1)).toBe('2028-03-06'); // 2028 is a leap year: 29 Feb counts
  });

  it('keeps a monthly series anchored to the 31st: 31 Jan -> 28 Feb -> 31 Mar -> 30 Apr, and 29 Feb in a leap year', () => {
    expect([0, 1, 2, 3].map((n) => slotDate(monthly31, n))).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
    expect(slotDate({ ...monthly31, firstDate: '2028-01-31' }, 1)).toBe('2028-02-29');
    // The slot after the clamped February one returns to the 31st.
    expect(nextSlotAfter(monthly31, '2026-02-28')).toBe('2026-03-31');
  });

  it('finds the next slot strictly after a date, and on or after a date', () => {
    const weekly: CadenceRule = { cadence: 'weekly', everyDays: null, firstDate: '2026-03-02' };
    expect(nextSlotAfter(weekly, '2026-03-02')).toBe('2026-03-09');
    expect(nextSlotAfter(weekly, '2026-03-05')).toBe('2026-03-09');
    expect(nextSlotAfter(weekly, '2026-01-01')).toBe('2026-03-02');
    expect(slotOnOrAfter(weekly, '2026-03-09')).toBe('2026-03-09');
    expect(slotOnOrAfter(weekly, '2027-03-10')).toBe('2027-03-15');
    expect(nextSlotAfter(monthly31, '2026-05-30')).toBe('2026-05-31');
    expect(nextSlotAfter(monthly31, '2036-01-01')).toBe('2036-01-31');
  });

  it("keeps the wall-clock time across daylight-saving changes in the person's zone", () => {
    // London: GMT until 29 March 2026, then BST (UTC+1).
    expect(meetingStart('2026-03-23', '09:00', 'Europe/London')).toBe('2026-03-23T09:00:00Z');
    expect(meetingStart('2026-03-30', '09:00', 'Europe/London')).toBe('2026-03-30T08:00:00Z');
    // New York switches two weeks earlier (8 March 2026) and back on 1 November.
    expect(meetingStart('2026-03-09', '09:00', 'America/New_York')).toBe('2026-03-09T13:00:00Z');
    expect(meetingStart('2026-11-02', '09:00', 'America/New_York')).toBe('2026-11-02T14:00:00Z');
    // The same slot date is a different UTC instant for a person in Sydney (AEDT, UTC+11).
    expect(meetingStart('2026-03-30', '09:00', 'Australia/Sydney')).toBe('2026-03-29T22:00:00Z');
    // 02:30 does not exist in Berlin on 29 March 2026: it moves forward by the hour gap.
    expect(meetingStart('2026-03-29', '02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00Z');
  });

  it('counts days and tells the local date in a zone', () => {
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the DST change
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
    expect(localDate(new Date('2026-03-01T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-03-02');
    expect(localDate(new Date('2026-03-01T23:30:00Z'), 'America/Los_Angeles')).toBe('2026-03-01');
  });
});

describe('dates at the edge of what can be computed', () => {
  it('finds the next slot in a bounded number of steps, even for a series late in year 9999', () => {
    const late = { cadence: 'weekly' as const, everyDays: null, firstDate: '9999-12-20' };
    expect(nextSlotAfter(late, '9999-12-20')).toBe('9999-12-27');
    // The slot after would be in year 10000: refused at once instead of stepping for minutes.
    expect(() => nextSlotAfter(late, '9999-12-28')).toThrow(RangeError);
    const monthly = { cadence: 'monthly' as const, everyDays: null, firstDate: '9999-11-30' };
    expect(() => nextSlotAfter(monthly, '9999-12-31')).toThrow(RangeError);
  });
});
