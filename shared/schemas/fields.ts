import { z } from 'zod';
import { formatNumber } from '../format/numbers';

/** Row ids are UUIDs so exports from two machines can be merged without clashes. */
export const idSchema = z.uuid({ message: 'Choose one from the list.' });
/** A request that names one record by its id. */
export const byIdSchema = z.strictObject({ id: idSchema });
/** A request about one person. */
export const byPersonSchema = z.strictObject({ personId: idSchema });

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Control characters other than tab and line breaks (NUL among them): finding them is the point. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** Invisible format characters: zero-width spaces and joiners, direction overrides, soft hyphens. */
const INVISIBLE = /[\p{Cf}\t]/u;
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const LOOK_ALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/**
 * A word with letters from two of the alphabets whose letters look alike (Bob with a Cyrillic o).
 * Word by word, so the work grows with the length of the text: one pattern with two look-aheads
 * backtracked over every start position and froze the renderer for 16 seconds on a pasted
 * 10,000-letter name (Chromium, in the people e2e test).
 */
function mixesLookAlikeAlphabets(value: string): boolean {
  for (const [word] of value.matchAll(WORD)) if (LATIN.test(word) && LOOK_ALIKE.test(word)) return true;
  return false;
}

/**
 * What is wrong with a piece of text typed or imported, in a manager's words, or null. Any
 * text: valid Unicode, no control characters (tab and line breaks allowed). A line (a name, a
 * title): also one line, nothing invisible, no word mixing look-alike alphabets, so that what
 * is stored is what shows, and no two names look the same while being different.
 * Pure, for both processes; the schemas below call it.
 */
export function textProblem(value: string, kind: 'text' | 'line'): string | null {
  if (LONE_SURROGATE.test(value)) return 'contains characters that are not valid text: type it again';
  if (CONTROL.test(value)) return 'contains an invisible or control character: remove it';
  if (kind === 'text') return null;
  if (LINE_BREAK.test(value)) return 'must be one line: remove the line break';
  if (INVISIBLE.test(value)) return 'contains an invisible or control character: remove it';
  if (mixesLookAlikeAlphabets(value))
    return 'mixes letters from different alphabets in one word (a look-alike letter?): type the word again';
  return null;
}

function checked(schema: z.ZodString, label: string, kind: 'text' | 'line') {
  return schema.superRefine((value, ctx) => {
    const problem = textProblem(value, kind);
    if (problem) ctx.addIssue({ code: 'custom', message: `${label} ${problem}.` });
  });
}

/** What a field left empty says: which field, and to fill it in. */
export const requiredMessage = (label: string) => `${label} is required: fill it in.`;
/** What text over its limit says: the limit, and to shorten it. */
export const tooLongMessage = (label: string, max: number) =>
  `${label} must be at most ${formatNumber(max)} characters: shorten it.`;

/** Required free text, trimmed, with a limit the message states. */
export function requiredText(label: string, max: number, kind: 'text' | 'line' = 'text') {
  return checked(
    z
      .string({ message: requiredMessage(label) })
      .trim()
      .min(1, requiredMessage(label))
      .max(max, tooLongMessage(label, max)),
    label,
    kind,
  );
}

/** Optional free text: empty string means "not given". */
export function optionalText(label: string, max: number, kind: 'text' | 'line' = 'text') {
  return checked(z.string().trim().max(max, tooLongMessage(label, max)), label, kind);
}

/** A name or title: one line of visible text (see textProblem). */
export const requiredLine = (label: string, max: number) => requiredText(label, max, 'line');
export const optionalLine = (label: string, max: number) => optionalText(label, max, 'line');

/**
 * The years Cairn accepts in any date: wide enough for any real start date, due date or
 * meeting, narrow enough that date arithmetic (a weekly series, a retention period) stays
 * small and every loop over dates ends quickly. A year like 9999 is a typo, not a plan.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;
const YEAR_RANGE_MESSAGE = `Enter a year between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`;

export function yearInRange(isoText: string): boolean {
  const year = Number(isoText.slice(0, 4));
  return /^\d{4}-/.test(isoText) && year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/** A calendar date as YYYY-MM-DD that exists (no 31 February), within the years Cairn accepts. */
export const isoDateSchema = z.iso
  .date({ message: 'Enter a real date, such as 3 December 2026.' })
  .refine(yearInRange, YEAR_RANGE_MESSAGE);

/** Whether the date part of an ISO date-time is a day the calendar has (no 30 February). */
function realCalendarDay(isoText: string): boolean {
  const [y, m, d] = isoText.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** A moment as ISO 8601 with a zone (2026-03-02T15:00:00.000Z), a real day within the years Cairn accepts. */
export const isoDateTimeSchema = z.iso
  .datetime({ offset: true, message: 'Enter a real date and time.' })
  .refine(realCalendarDay, 'Enter a day the calendar has (there is no 30 February).')
  .refine(yearInRange, YEAR_RANGE_MESSAGE);

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const TIME_ZONE_MESSAGE = 'Choose a time zone from the list: type a city, such as Berlin.';

export const timeZoneSchema = z.string().max(64, TIME_ZONE_MESSAGE).refine(isTimeZone, TIME_ZONE_MESSAGE);

/**
 * A form input left empty ('') or never set, as the null these schemas take for "none" (a
 * date, a ladder, a team); anything else as it is. Forms read their inputs through it.
 */
export const emptyToNull = (value: unknown): unknown => (value === '' || value === undefined ? null : value);
