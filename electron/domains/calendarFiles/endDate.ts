import type ICAL from 'ical.js';
import { addDays } from '#shared/calendar';
import { slotDate, slotOnOrAfter, type CadenceRule } from '#shared/oneOnOnes/cadence';
import { onSeriesClock } from './eventTimes';

/** The last slot on or before `date`, or null if the series starts after it. Bounded: at most a few steps. */
function lastSlotOnOrBefore(rule: CadenceRule, date: string): string | null {
  if (date < rule.firstDate) return null;
  // One step before `date` lies at most 35 days back (monthly: the second Tuesday of one month
  // to the next can be five weeks), or the step itself.
  const longestStep = rule.cadence === 'monthly' ? 35 : rule.cadence === 'custom' ? rule.everyDays! : 14;
  let slot = slotOnOrAfter(rule, addDays(date, -longestStep));
  if (slot > date) return null;
  for (let next = slotOnOrAfter(rule, addDays(slot, 1)); next <= date; next = slotOnOrAfter(rule, addDays(slot, 1))) {
    slot = next;
  }
  return slot;
}

/**
 * The last date the calendar has a meeting on, from COUNT (the count-th slot: EXDATE does not
 * add meetings back) or UNTIL (the last slot starting at or before it); null for an open rule.
 * Only called for rules that meet on exactly Cairn's slots, so no expansion is needed.
 */
export function endDate(
  rule: ICAL.Recur,
  cadence: CadenceRule,
  time: string,
  seriesZone: string,
  calendars: ICAL.Component[],
): string | null {
  if (rule.count) {
    const last = slotDate(cadence, rule.count - 1);
    // A count that runs past year 9999 is no end a 1:1 will meet.
    return /^\d{4}-\d\d-\d\d$/.test(last) ? last : null;
  }
  if (!rule.until) return null;
  // UNTIL is in UTC, or a date, or (rarely) a local time in the event's zone.
  const until = onSeriesClock(rule.until, null, seriesZone, calendars);
  if (!until) return null;
  const last = lastSlotOnOrBefore(cadence, until.date);
  if (last !== until.date || until.time === null || time <= until.time) return last;
  return lastSlotOnOrBefore(cadence, addDays(until.date, -1));
}
