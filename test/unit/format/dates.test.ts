import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatMonth,
  formatTime,
  formatWeekday,
  formatZone,
} from '#shared/format';

// Every expected string below is written by hand from the locale's conventions, not copied from a run.
const today = '2026-12-01';

describe('formatDate', () => {
  it('writes a day of this year with its weekday and no year, the locale’s way', () => {
    expect(formatDate('2026-12-03', { today, locale: 'en-GB' })).toBe('Thu 3 Dec');
    expect(formatDate('2026-12-03', { today, locale: 'en-US' })).toBe('Thu, Dec 3');
    // A German user reads English words in German order: day before month, no "Do., 3. Dez.".
    expect(formatDate('2026-12-03', { today, locale: 'de-DE' })).toBe('Thu, 3 Dec');
  });

  it('adds the year only for a day outside this year, or when asked', () => {
    expect(formatDate('2025-12-31', { today, locale: 'en-GB' })).toBe('Wed 31 Dec 2025');
    expect(formatDate('2027-01-01', { today, locale: 'en-US' })).toBe('Fri, Jan 1, 2027');
    expect(formatDate('2026-02-28', { today, locale: 'en-GB', year: 'always', weekday: false })).toBe('28 Feb 2026');
  });

  it('writes a day the same way with or without its year, so one list never shows two forms', () => {
    // ICU alone gives "Wed 30 Sept" beside "Fri, 2 Apr 2027" in Britain: the weekday keeps one separator.
    expect(formatDate('2026-09-30', { today, locale: 'en-GB' })).toBe('Wed 30 Sept');
    expect(formatDate('2027-04-02', { today, locale: 'en-GB' })).toBe('Fri 2 Apr 2027');
    expect(formatDate('2026-09-30', { today, locale: 'en-GB', year: 'always' })).toBe('Wed 30 Sept 2026');
    // Where the locale already puts a comma after the weekday, it keeps it in both forms.
    expect(formatDate('2026-09-30', { today, locale: 'en-US' })).toBe('Wed, Sep 30');
    expect(formatDate('2027-04-02', { today, locale: 'en-US' })).toBe('Fri, Apr 2, 2027');
    expect(formatDate('2026-09-30', { today, locale: 'de-DE' })).toBe('Wed, 30 Sept');
    expect(formatDate('2027-04-02', { today, locale: 'de-DE' })).toBe('Fri, 2 Apr 2027');
  });

  it('never moves a date to the day before or after, whatever zone the app runs in', () => {
    // 1 January at noon UTC is still 1 January from Kiritimati (UTC+14) to Baker Island (UTC−12).
    expect(formatDate('2026-01-01', { today: '2026-06-01', locale: 'en-GB', weekday: false })).toBe('1 Jan');
    expect(formatDate('2028-02-29', { today: '2028-01-01', locale: 'en-GB' })).toBe('Tue 29 Feb');
  });

  it('leaves text that is not a date alone rather than showing "Invalid Date"', () => {
    expect(formatDate('someday')).toBe('someday');
  });
});

describe('formatWeekday', () => {
  it('names the weekday of a calendar day in English, whatever the user’s locale', () => {
    // 3 December 2026 is a Thursday; 29 February 2028 a Tuesday.
    expect(formatWeekday('2026-12-03', { locale: 'en-GB' })).toBe('Thursday');
    expect(formatWeekday('2026-12-03', { locale: 'de-DE' })).toBe('Thursday');
    expect(formatWeekday('2028-02-29', { locale: 'en-US', style: 'short' })).toBe('Tue');
    expect(formatWeekday('not a date')).toBe('not a date');
  });
});

describe('formatDateTime and formatTime', () => {
  it('shows the wall clock of the zone asked for, across the change to summer time', () => {
    // London moved to BST (UTC+1) at 01:00 UTC on Sunday 29 March 2026.
    expect(formatDateTime('2026-03-29T00:30:00Z', { today, timeZone: 'Europe/London', locale: 'en-GB' })).toBe(
      'Sun 29 Mar, 00:30',
    );
    expect(formatDateTime('2026-03-29T09:30:00Z', { today, timeZone: 'Europe/London', locale: 'en-GB' })).toBe(
      'Sun 29 Mar, 10:30',
    );
  });

  it('takes the year from the day in that zone: new year in Kolkata is still old year in UTC', () => {
    expect(formatDateTime('2026-12-31T23:30:00Z', { today, timeZone: 'Asia/Kolkata', locale: 'en-GB' })).toBe(
      'Fri 1 Jan 2027, 05:00',
    );
  });

  it('writes the hour on the user’s clock: 24-hour in Britain and Germany, 12-hour in the US and India', () => {
    const at = '2026-12-03T14:05:00Z';
    expect(formatTime(at, { timeZone: 'UTC', locale: 'en-GB' })).toBe('14:05');
    expect(formatTime(at, { timeZone: 'UTC', locale: 'de-DE' })).toBe('14:05');
    expect(formatTime(at, { timeZone: 'UTC', locale: 'en-US' })).toBe('2:05 PM');
    expect(formatTime(at, { timeZone: 'UTC', locale: 'hi-IN' })).toBe('2:05 pm');
    expect(formatTime('2026-12-03T05:00:00Z', { timeZone: 'UTC', locale: 'en-GB' })).toBe('05:00');
  });

  it('shows a stored HH:MM time without any zone arithmetic', () => {
    expect(formatClock('09:30', { locale: 'en-GB' })).toBe('09:30');
    expect(formatClock('00:15', { locale: 'en-US' })).toBe('12:15 AM');
    expect(formatClock('not a time')).toBe('not a time');
  });
});

describe('formatMonth and formatZone', () => {
  it('names a month of a year', () => {
    expect(formatMonth('2026-12', { locale: 'en-GB' })).toBe('December 2026');
    expect(formatMonth('2027-01-31', { locale: 'de-DE' })).toBe('January 2027');
  });

  it('names a zone by its city, never by its identifier', () => {
    expect(formatZone('Europe/London')).toBe('London');
    expect(formatZone('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(formatZone('UTC')).toBe('UTC');
  });

  it('adds the offset on the day when asked, with a zero offset written as +0', () => {
    const december = new Date('2026-12-03T12:00:00Z');
    expect(formatZone('Europe/London', { offset: true, at: december, locale: 'en-GB' })).toBe('London (GMT+0)');
    expect(formatZone('Asia/Kolkata', { offset: true, at: december, locale: 'en-GB' })).toBe('Kolkata (GMT+5:30)');
    expect(formatZone('America/New_York', { offset: true, at: december, locale: 'en-GB' })).toBe('New York (GMT-5)');
    const july = new Date('2026-07-01T12:00:00Z');
    expect(formatZone('Europe/London', { offset: true, at: july, locale: 'en-GB' })).toBe('London (GMT+1)');
    expect(formatZone('UTC', { offset: true, at: july })).toBe('UTC');
  });
});

describe('formatLongDate: dates in documents, written out in full', () => {
  it('names the weekday and month in the locale, with the year', () => {
    expect(formatLongDate('2026-12-03', { locale: 'en-GB' })).toBe('Thursday, 3 December 2026');
    expect(formatLongDate('2026-12-03', { locale: 'en-US' })).toBe('Thursday, December 3, 2026');
    // The calendar day as written, whatever zone the app runs in.
    expect(formatLongDate('2027-01-01', { locale: 'en-GB' })).toBe('Friday, 1 January 2027');
    expect(formatLongDate('not a date', { locale: 'en-GB' })).toBe('not a date');
  });
});
