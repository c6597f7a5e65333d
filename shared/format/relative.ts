import { daysBetween, localDate, systemTimeZone } from '../calendar';
import { relativeTimeFormat } from './cache';
import { displayLocale } from './locale';

/**
 * How far a day is from today, in words: "today", "tomorrow", "in 2 days", "14 days ago";
 * beyond six weeks in months ("3 months ago"), beyond a year in years. Counted in calendar
 * days, so a change of clocks (DST) or of month never moves the answer.
 */
export function formatDayOffset(days: number, options: { locale?: string } = {}): string {
  const size = Math.abs(days);
  if (size <= 45)
    return relativeTimeFormat(displayLocale(options.locale).locale, { numeric: 'auto' }).format(days, 'day');
  const sign = Math.sign(days);
  const always = relativeTimeFormat(displayLocale(options.locale).locale, { numeric: 'always' });
  if (size < 365) return always.format(sign * Math.round(size / 30.44), 'month');
  return always.format(sign * Math.round(size / 365.25), 'year');
}

/** A calendar date (YYYY-MM-DD) against today (YYYY-MM-DD, defaults to today where the app runs). */
export function formatRelativeDate(date: string, options: { today?: string; locale?: string } = {}): string {
  const today = options.today ?? localDate(new Date(), systemTimeZone());
  return formatDayOffset(daysBetween(today, date), options);
}
