import { DateTime } from 'luxon';

export const CADENCES = ['weekly', 'biweekly', 'monthly', 'custom'] as const;
export type Cadence = (typeof CADENCES)[number];

export const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Every week',
  biweekly: 'Every two weeks',
  monthly: 'Every month',
  custom: 'Every N days',
};

/** What the date maths needs to know about a series. */
export interface CadenceRule {
  cadence: Cadence;
  /** Only for `custom`. */
  everyDays: number | null;
  /** The first meeting's date (YYYY-MM-DD), in the series' time zone. Every slot is counted from it. */
  firstDate: string;
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
