import { localDate, systemTimeZone } from '../calendar';
import { dateTimeFormat } from './cache';
import { displayLocale } from './locale';

/**
 * Dates and times as a person reads them, the way their locale writes them ("Thu 3 Dec",
 * "Wed 3 Dec 2025, 10:00"): never an ISO string on screen.
 */
export interface DateOptions {
  /** The short day name ("Thu"); on by default, since it is how people place a date in their week. */
  weekday?: boolean;
  /** 'auto' (the default) shows the year only for a date outside the current year. */
  year?: 'auto' | 'always';
  /** Today's date (YYYY-MM-DD) for year: 'auto'; defaults to today where the app runs. */
  today?: string;
  /** The user's locale, for tests; screens leave it out. */
  locale?: string;
}

export interface DateTimeOptions extends DateOptions {
  /** The zone whose wall clock to show; defaults to the user's own. */
  timeZone?: string;
}

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayParts(options: DateOptions, year: string): Intl.DateTimeFormatOptions {
  const today = options.today ?? localDate(new Date(), systemTimeZone());
  const showYear = options.year === 'always' || today.slice(0, 4) !== year;
  return {
    ...(options.weekday === false ? {} : { weekday: 'short' }),
    day: 'numeric',
    month: 'short',
    ...(showYear ? { year: 'numeric' } : {}),
  };
}

/** The words between the weekday and what follows it ("Wed 30 Sept" → " "), if there is a weekday. */
function afterWeekday(parts: readonly Intl.DateTimeFormatPart[]): number {
  const weekday = parts.findIndex((p) => p.type === 'weekday');
  return weekday >= 0 && parts[weekday + 1]?.type === 'literal' ? weekday + 1 : -1;
}

/**
 * One form for a day with or without its year. ICU writes "Wed 30 Sept" but "Fri, 2 Apr
 * 2027" in Britain (a comma after the weekday only when the year is there), so one list
 * would show two forms side by side. The rule: the weekday is followed by what the locale
 * writes without the year; the year is then added the locale's way ("Fri 2 Apr 2027",
 * "Fri, Apr 2, 2027" in the US, where both forms already agree).
 */
function formatDay(locale: string, parts: Intl.DateTimeFormatOptions, at: Date): string {
  const withYear = dateTimeFormat(locale, parts);
  if (!parts.year || !parts.weekday) return withYear.format(at);
  const { year: _year, ...withoutYearParts } = parts;
  const plain = dateTimeFormat(locale, withoutYearParts).formatToParts(at);
  const plainSeparator = plain[afterWeekday(plain)]?.value;
  const full = withYear.formatToParts(at);
  const separator = afterWeekday(full);
  if (plainSeparator !== undefined && separator >= 0) full[separator] = { type: 'literal', value: plainSeparator };
  return full.map((p) => p.value).join('');
}

/** A calendar date, YYYY-MM-DD: "Thu 3 Dec", or "Wed 3 Dec 2025" outside this year. */
export function formatDate(date: string, options: DateOptions = {}): string {
  const match = YMD.exec(date);
  if (!match) return date;
  // Noon UTC read in UTC: the same calendar day whatever zone the app runs in.
  const instant = new Date(`${date}T12:00:00Z`);
  return formatDay(displayLocale(options.locale).locale, { ...dayParts(options, match[1]!), timeZone: 'UTC' }, instant);
}

/** Hours as the user's clock writes them: "05:00" on a 24-hour clock, "5:00 AM" on a 12-hour one. */
function clockParts(userLocale: string | undefined): Intl.DateTimeFormatOptions {
  const { hourCycle } = displayLocale(userLocale);
  return { hour: hourCycle === 'h23' ? '2-digit' : 'numeric', minute: '2-digit', hourCycle };
}

function toInstant(instant: string | Date): Date {
  return typeof instant === 'string' ? new Date(instant) : instant;
}

/** A moment (an ISO timestamp): "Thu 3 Dec, 10:00" on the wall clock of `timeZone`. */
export function formatDateTime(instant: string | Date, options: DateTimeOptions = {}): string {
  const at = toInstant(instant);
  if (Number.isNaN(at.getTime())) return String(instant);
  const timeZone = options.timeZone ?? systemTimeZone();
  const year = localDate(at, timeZone).slice(0, 4);
  return formatDay(
    displayLocale(options.locale).locale,
    { ...dayParts(options, year), ...clockParts(options.locale), timeZone },
    at,
  );
}

/** Only the time of a moment: "10:00" (or "10:00 AM" where the locale says so). */
export function formatTime(instant: string | Date, options: { timeZone?: string; locale?: string } = {}): string {
  const at = toInstant(instant);
  if (Number.isNaN(at.getTime())) return String(instant);
  return dateTimeFormat(displayLocale(options.locale).locale, {
    ...clockParts(options.locale),
    timeZone: options.timeZone ?? systemTimeZone(),
  }).format(at);
}

/** A wall-clock time stored as HH:MM, shown the locale's way: "14:30" or "2:30 PM". */
export function formatClock(time: string, options: { locale?: string } = {}): string {
  const match = /^(\d{2}):(\d{2})/.exec(time);
  if (!match) return time;
  const at = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
  return dateTimeFormat(displayLocale(options.locale).locale, {
    ...clockParts(options.locale),
    timeZone: 'UTC',
  }).format(at);
}

/**
 * A calendar date written out in full, for documents a person keeps (exports): "Thursday
 * 3 December 2026" ("Thursday, December 3, 2026" in the US). Screens use formatDate.
 */
export function formatLongDate(date: string, options: { locale?: string } = {}): string {
  if (!YMD.test(date)) return date;
  return dateTimeFormat(displayLocale(options.locale).locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** The weekday of a calendar date, YYYY-MM-DD, in the user's English: "Thursday" (or "Thu"). */
export function formatWeekday(date: string, options: { style?: 'long' | 'short'; locale?: string } = {}): string {
  if (!YMD.test(date)) return date;
  return dateTimeFormat(displayLocale(options.locale).locale, {
    weekday: options.style ?? 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** A month of a year, YYYY-MM or YYYY-MM-DD: "December 2026". */
export function formatMonth(date: string, options: { locale?: string } = {}): string {
  const match = /^(\d{4})-(\d{2})/.exec(date);
  if (!match) return date;
  const at = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15));
  return dateTimeFormat(displayLocale(options.locale).locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}

/** How a zone is named on screen; `at` and `locale` are for tests. */
export interface ZoneOptions {
  /** Today's offset after the city, "London (GMT+0)": where the zone is unfamiliar, as on a person's page. */
  offset?: boolean;
  at?: Date;
  locale?: string;
}

/** A zone's offset from UTC at a moment, "GMT+5:30", "GMT+0", in the user's locale. */
export function formatZoneOffset(timeZone: string, at: Date = new Date(), locale?: string): string {
  const part = dateTimeFormat(displayLocale(locale).locale, { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  const offset = part?.value ?? '';
  // Intl writes a zero offset as a bare "GMT"; with its +0 it reads as an offset like the others.
  return offset === 'GMT' || offset === 'UTC' ? `${offset}+0` : offset;
}

/**
 * A time zone as people name it, never its identifier: the city ("Europe/London" → "London",
 * "America/Argentina/Buenos_Aires" → "Buenos Aires"), with today's offset when asked
 * ("Kolkata (GMT+5:30)"); "UTC" stays "UTC". The one home for a zone's name on screen.
 */
export function formatZone(timeZone: string, options: ZoneOptions = {}): string {
  const city = (timeZone.split('/').at(-1) ?? timeZone).replaceAll('_', ' ');
  if (!options.offset || city === 'UTC') return city;
  try {
    return `${city} (${formatZoneOffset(timeZone, options.at ?? new Date(), options.locale)})`;
  } catch {
    return city;
  }
}
