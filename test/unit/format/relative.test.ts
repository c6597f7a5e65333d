import { describe, expect, it } from 'vitest';
import { formatDayOffset, formatRelativeDate } from '#shared/format';

describe('formatRelativeDate', () => {
  it('says today, tomorrow and yesterday in words', () => {
    expect(formatRelativeDate('2026-12-03', { today: '2026-12-03', locale: 'en-GB' })).toBe('today');
    expect(formatRelativeDate('2026-12-04', { today: '2026-12-03', locale: 'en-GB' })).toBe('tomorrow');
    expect(formatRelativeDate('2026-12-02', { today: '2026-12-03', locale: 'en-GB' })).toBe('yesterday');
  });

  it('counts calendar days across the end of a month, a leap day and a year', () => {
    expect(formatRelativeDate('2026-03-02', { today: '2026-02-28', locale: 'en-GB' })).toBe('in 2 days');
    expect(formatRelativeDate('2028-03-01', { today: '2028-02-28', locale: 'en-GB' })).toBe('in 2 days');
    expect(formatRelativeDate('2026-11-19', { today: '2026-12-03', locale: 'en-GB' })).toBe('14 days ago');
    expect(formatRelativeDate('2027-01-01', { today: '2026-12-31', locale: 'en-US' })).toBe('tomorrow');
  });

  it('is not moved by a change of clocks: the 23-hour and 25-hour days still count as one', () => {
    // Europe moved to summer time on 29 March 2026 and back on 25 October 2026.
    expect(formatRelativeDate('2026-03-30', { today: '2026-03-28', locale: 'en-GB' })).toBe('in 2 days');
    expect(formatRelativeDate('2026-10-24', { today: '2026-10-26', locale: 'en-GB' })).toBe('2 days ago');
  });

  it('keeps the words English whatever the locale', () => {
    expect(formatRelativeDate('2026-12-05', { today: '2026-12-03', locale: 'de-DE' })).toBe('in 2 days');
    expect(formatRelativeDate('2026-12-01', { today: '2026-12-03', locale: 'fr-FR' })).toBe('2 days ago');
  });
});

describe('formatDayOffset', () => {
  it('counts days up to about six weeks, then months, then years', () => {
    expect(formatDayOffset(45, { locale: 'en-GB' })).toBe('in 45 days');
    expect(formatDayOffset(-60, { locale: 'en-GB' })).toBe('2 months ago');
    expect(formatDayOffset(200, { locale: 'en-GB' })).toBe('in 7 months');
    expect(formatDayOffset(-400, { locale: 'en-GB' })).toBe('1 year ago');
    expect(formatDayOffset(-800, { locale: 'en-GB' })).toBe('2 years ago');
  });
});
