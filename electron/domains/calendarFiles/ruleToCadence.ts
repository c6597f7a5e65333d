import type ICAL from 'ical.js';
import { weekdayOfMonth, type Cadence, type MonthlyBy } from '#shared/oneOnOnes/cadence';

export type CadenceFromRule = { cadence: Cadence; everyDays: number | null; monthlyBy: MonthlyBy } | { cannot: string };

const WEEKDAYS: Record<string, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
/** ISO weekday (1 = Monday) to its iCalendar code. */
const CODES = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' };

/** The BY… parts a Cairn cadence can be read from; any other part is a rule Cairn cannot follow. */
const UNDERSTOOD: Record<string, string[]> = {
  DAILY: [],
  WEEKLY: ['BYDAY'],
  MONTHLY: ['BYMONTHDAY', 'BYDAY', 'BYSETPOS'],
};

const PART_WORDS: Record<string, string> = {
  BYSETPOS: 'picks the n-th of a set of dates (BYSETPOS)',
  BYMONTH: 'meets only in some months (BYMONTH)',
  BYHOUR: 'meets at several times of day (BYHOUR)',
  BYMINUTE: 'meets at several times of day (BYMINUTE)',
  BYSECOND: 'meets at several times of day (BYSECOND)',
  BYYEARDAY: 'meets on days of the year (BYYEARDAY)',
  BYWEEKNO: 'meets in numbered weeks of the year (BYWEEKNO)',
  BYMONTHDAY: 'meets on days of the month (BYMONTHDAY)',
  BYDAY: 'meets on weekdays (BYDAY)',
};

const weeks = (n: number): CadenceFromRule =>
  n === 1
    ? { cadence: 'weekly', everyDays: null, monthlyBy: 'day' }
    : n === 2
      ? { cadence: 'biweekly', everyDays: null, monthlyBy: 'day' }
      : n * 7 <= 365
        ? { cadence: 'custom', everyDays: n * 7, monthlyBy: 'day' }
        : { cannot: `it repeats every ${n} weeks; a Cairn series meets at least once a year.` };

const ordinalWord = (n: number) => ORDINALS[String(n)] ?? (n > 0 ? `${n}th` : `${-n}th from last`);

/**
 * "The second Tuesday" (BYDAY=2TU, or BYDAY=TU;BYSETPOS=2) and "the last Friday" (BYDAY=-1FR,
 * or BYSETPOS=-1): a monthly series by weekday, when the first meeting is that very weekday.
 */
function monthlyByWeekday(byDay: string[], bySetPos: number[], firstDate: string): CadenceFromRule {
  if (byDay.length > 1) {
    const days = byDay.map((d) => WEEKDAYS[d.slice(-2)] ?? d).join(', ');
    return bySetPos.length
      ? {
          cannot: `it picks one of several weekdays (${days}) each month (BYSETPOS); a Cairn series meets on one weekday.`,
        }
      : { cannot: `it meets on ${days} of the month; a Cairn series meets once a month.` };
  }
  const match = /^([+-]?\d)?([A-Z]{2})$/.exec(byDay[0]!);
  const day = WEEKDAYS[match?.[2] ?? ''] ?? byDay[0]!;
  if (bySetPos.length > 1)
    return { cannot: 'it meets on several weekdays of the month (BYSETPOS); a Cairn series meets once a month.' };
  const ordinal = match?.[1] ? Number(match[1]) : bySetPos[0];
  if (ordinal === undefined)
    return { cannot: `it meets every ${day} of the month; a Cairn series meets once a month.` };
  const first = weekdayOfMonth(firstDate);
  if (CODES[first.weekday] !== match?.[2])
    return { cannot: `the rule says ${day} but the first meeting is on a ${WEEKDAYS[CODES[first.weekday]!]}.` };
  if (ordinal === -1) {
    if (!first.last) return { cannot: `the rule says the last ${day} of the month but the first meeting is not one.` };
    return { cadence: 'monthly', everyDays: null, monthlyBy: 'last_weekday' };
  }
  if (ordinal >= 1 && ordinal <= 4) {
    if (first.ordinal !== ordinal)
      return {
        cannot: `the rule says the ${ordinalWord(ordinal)} ${day} of the month but the first meeting is the ${ordinalWord(first.ordinal)}.`,
      };
    return { cadence: 'monthly', everyDays: null, monthlyBy: 'weekday' };
  }
  return {
    cannot: `it meets on the ${ordinalWord(ordinal)} ${day} of the month, which some months do not have; Cairn meets on the first to fourth or the last.`,
  };
}

/**
 * The Cairn cadence that meets on exactly the dates the rule does, or why there is none.
 * Never an approximation: a rule Cairn would follow on even one different date is refused
 * with the reason in words.
 * @param isoWeekday of the first meeting (1 = Monday)
 * @param dayOfMonth of the first meeting
 */
export function cadenceFromRule(rule: ICAL.Recur, firstDate: string): CadenceFromRule {
  const isoWeekday = weekdayOfMonth(firstDate).weekday;
  const dayOfMonth = Number(firstDate.slice(8, 10));
  const parts = rule.parts as Record<string, (string | number)[] | undefined>;
  const interval = rule.interval || 1;
  const understood = UNDERSTOOD[rule.freq];
  if (!understood) {
    const freq = rule.freq.toLowerCase();
    return {
      cannot: `it repeats ${freq === 'yearly' ? 'once a year' : `${freq}`}; Cairn's series are weekly, every two weeks, monthly or every N days.`,
    };
  }
  for (const [part, values] of Object.entries(parts)) {
    if (!values?.length || understood.includes(part)) continue;
    return { cannot: `it ${PART_WORDS[part] ?? `uses ${part}`}, which a Cairn series cannot follow.` };
  }
  const byDay = (parts.BYDAY ?? []).map(String);
  const byMonthDay = (parts.BYMONTHDAY ?? []).map(Number);

  if (rule.freq === 'DAILY') {
    if (interval > 365)
      return { cannot: `it repeats every ${interval} days; a Cairn series meets at least once a year.` };
    if (interval % 7 === 0) return weeks(interval / 7);
    return { cadence: 'custom', everyDays: interval, monthlyBy: 'day' };
  }
  if (rule.freq === 'WEEKLY') {
    if (byDay.length > 1) {
      const days = byDay.map((d) => WEEKDAYS[d.slice(-2)] ?? d).join(' and ');
      return { cannot: `it meets on ${days} each week; a Cairn series meets once per cadence.` };
    }
    if (byDay.length === 1 && byDay[0] !== CODES[isoWeekday]) {
      return {
        cannot: `the rule says ${WEEKDAYS[byDay[0]!.slice(-2)] ?? byDay[0]} but the first meeting is on a ${WEEKDAYS[CODES[isoWeekday]!]}.`,
      };
    }
    return weeks(interval);
  }
  // MONTHLY
  if (interval !== 1)
    return { cannot: `it repeats every ${interval} months; Cairn's monthly series meet every month.` };
  const bySetPos = (parts.BYSETPOS ?? []).map(Number);
  if (byDay.length) {
    if (byMonthDay.length)
      return { cannot: 'it meets on days of the month and on weekdays at once (BYMONTHDAY with BYDAY).' };
    return monthlyByWeekday(byDay, bySetPos, firstDate);
  }
  if (bySetPos.length)
    return { cannot: `it ${PART_WORDS.BYSETPOS} without weekdays, which a Cairn series cannot follow.` };
  if (byMonthDay.length > 1)
    return { cannot: 'it meets on several days each month; a Cairn series meets once a month.' };
  const day = byMonthDay[0] ?? dayOfMonth;
  if (day !== dayOfMonth) return { cannot: `the rule says day ${day} but the first meeting is on day ${dayOfMonth}.` };
  if (day > 28 || day < 1) {
    return {
      cannot: `it meets on day ${day < 0 ? `${-day} from the end` : day} of the month; your calendar skips months without that day, where Cairn would meet on the month's last day instead.`,
    };
  }
  return { cadence: 'monthly', everyDays: null, monthlyBy: 'day' };
}
