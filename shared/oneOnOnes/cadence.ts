import { DateTime } from 'luxon';

export const CADENCES = ['weekly', 'biweekly', 'monthly', 'custom'] as const;
export type Cadence = (typeof CADENCES)[number];

export const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Every week',
  biweekly: 'Every two weeks',
  monthly: 'Every month',
  custom: 'Every N days',
};

/**
 * What a monthly series keeps from its first date: the date (the 14th), its weekday of the
 * month (the second Tuesday), or the month's last such weekday (the last Friday).
 */
export const MONTHLY_BY = ['day', 'weekday', 'last_weekday'] as const;
export type MonthlyBy = (typeof MONTHLY_BY)[number];

/** What the date maths needs to know about a series. */
export interface CadenceRule {
  cadence: Cadence;
  /** Only for `custom`. */
  everyDays: number | null;
  /** The first meeting's date (YYYY-MM-DD), in the series' time zone. Every slot is counted from it. */
  firstDate: string;
  /** Only for `monthly`; the date when not given. */
  monthlyBy?: MonthlyBy;
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth'];
const WEEKDAY_WORDS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Which weekday of its month a date is: the 2nd Tuesday is { ordinal: 2, weekday: 2 }; `last` if no later one follows. */
export function weekdayOfMonth(date: string): { ordinal: number; weekday: number; last: boolean } {
  const d = day(date);
  return { ordinal: Math.ceil(d.day / 7), weekday: d.weekday, last: d.day + 7 > d.daysInMonth! };
}

/** The ways a monthly series starting on `firstDate` can repeat: a 5th weekday exists only as "the last". */
export function monthlyChoices(firstDate: string): MonthlyBy[] {
  if (!day(firstDate).isValid) return ['day'];
  const w = weekdayOfMonth(firstDate);
  return ['day', ...(w.ordinal <= 4 ? (['weekday'] as const) : []), ...(w.last ? (['last_weekday'] as const) : [])];
}

/** "on the 14th", "on the second Tuesday", "on the last Friday": how a monthly series repeats, in words. */
export function monthlyWords(firstDate: string, by: MonthlyBy): string {
  const d = day(firstDate);
  if (!d.isValid) return 'on the same date';
  const w = weekdayOfMonth(firstDate);
  if (by === 'weekday') return `on the ${ORDINAL_WORDS[w.ordinal - 1]} ${WEEKDAY_WORDS[w.weekday]}`;
  if (by === 'last_weekday') return `on the last ${WEEKDAY_WORDS[w.weekday]}`;
  return `on the ${d.day}${ordinalSuffix(d.day)}`;
}

const ordinalSuffix = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';

/** The n-th (or last) `weekday` of the month `month` is in. */
function weekdayInMonth(month: DateTime, weekday: number, ordinal: number | 'last'): DateTime {
  if (ordinal === 'last') {
    const end = month.endOf('month').startOf('day');
    return end.minus({ days: (end.weekday - weekday + 7) % 7 });
  }
  const start = month.startOf('month');
  return start.plus({ days: ((weekday - start.weekday + 7) % 7) + 7 * (ordinal - 1) });
}

function stepDays(rule: CadenceRule): number {
  if (rule.cadence === 'weekly') return 7;
  if (rule.cadence === 'biweekly') return 14;
  if (rule.cadence === 'custom') {
    if (!rule.everyDays || rule.everyDays < 1) throw new Error('custom cadence needs everyDays >= 1');
    return rule.everyDays;
  }
  return 0;
}

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });

/**
 * The date of slot `n` (0 = the first meeting). Always counted from the first date rather
 * than from the previous slot, so a monthly series started on 31 January lands on 28/29
 * February and comes back to 31 March instead of drifting to the 28th for ever.
 */
export function slotDate(rule: CadenceRule, n: number): string {
  const first = day(rule.firstDate);
  if (rule.cadence === 'monthly' && rule.monthlyBy && rule.monthlyBy !== 'day') {
    const { ordinal, weekday } = weekdayOfMonth(rule.firstDate);
    const month = first.startOf('month').plus({ months: n });
    return weekdayInMonth(month, weekday, rule.monthlyBy === 'last_weekday' ? 'last' : ordinal).toISODate()!;
  }
  const next = rule.cadence === 'monthly' ? first.plus({ months: n }) : first.plus({ days: stepDays(rule) * n });
  return next.toISODate()!;
}

/** The first slot strictly after `date` (YYYY-MM-DD); the first date itself if `date` is before it. */
export function nextSlotAfter(rule: CadenceRule, date: string): string {
  if (date < rule.firstDate) return rule.firstDate;
  const first = day(rule.firstDate);
  const target = day(date);
  // Estimate the index one short of the answer, then step. The estimate is never more than
  // two slots early, so the answer is among the next MAX_STEPS slots: the loop ends by
  // construction, whatever the dates (a date past year 9999 once made it spin for minutes,
  // because such a date no longer compares as later than the string it came from).
  let n: number;
  if (rule.cadence === 'monthly') {
    n = Math.max(0, Math.floor(target.diff(first, 'months').months) - 1);
  } else {
    n = Math.max(0, Math.floor(target.diff(first, 'days').days / stepDays(rule)) - 1);
  }
  for (let step = 0; step < MAX_STEPS; step += 1, n += 1) {
    const slot = slotDate(rule, n);
    if (slot > date) return slot;
  }
  throw new RangeError('no meeting date after this one can be computed');
}

const MAX_STEPS = 4;

/** The first slot on or after `date`. */
export function slotOnOrAfter(rule: CadenceRule, date: string): string {
  const previousDay = day(date).minus({ days: 1 }).toISODate()!;
  return nextSlotAfter(rule, previousDay);
}

/**
 * The instant a meeting starts: a wall-clock time on a date in the person's time zone.
 * Daylight saving is the zone's business: 09:00 in London is 09:00 local in both winter and
 * summer (08:00 UTC in summer). A time that does not exist on the day the clocks go forward
 * (02:30) moves forward by the gap, as calendars do.
 */
export function meetingStart(date: string, time: string, timeZone: string): string {
  const local = DateTime.fromISO(`${date}T${time}`, { zone: timeZone });
  if (!local.isValid) throw new Error(`invalid date, time or zone`);
  return local.toUTC().toISO({ suppressMilliseconds: true })!;
}

export { daysBetween, localDate } from '../calendar';

/** How often a series meets, in words: "Every two weeks", "Every month on the second Tuesday". */
export function cadenceWords(rule: CadenceRule): string {
  if (rule.cadence === 'custom') return `Every ${rule.everyDays} days`;
  if (rule.cadence === 'monthly' && rule.monthlyBy && rule.monthlyBy !== 'day')
    return `Every month ${monthlyWords(rule.firstDate, rule.monthlyBy)}`;
  return CADENCE_LABELS[rule.cadence];
}
