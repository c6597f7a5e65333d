import { describe, expect, it } from 'vitest';
import { weekOf } from '#shared/calendar';

describe('weekOf', () => {
  it('starts on Monday or Sunday as asked, for every day of a week (2–8 March 2026, Monday to Sunday)', () => {
    for (const day of ['2026-03-02', '2026-03-04', '2026-03-08']) {
      expect(weekOf(day, 'monday')).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    }
    expect(weekOf('2026-03-07', 'sunday')).toEqual({ start: '2026-03-01', end: '2026-03-07' });
    expect(weekOf('2026-03-08', 'sunday')).toEqual({ start: '2026-03-08', end: '2026-03-14' });
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(weekOf('2026-01-01', 'monday')).toEqual({ start: '2025-12-29', end: '2026-01-04' });
    expect(weekOf('2028-02-29', 'sunday')).toEqual({ start: '2028-02-27', end: '2028-03-04' });
  });
});
