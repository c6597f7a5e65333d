import { plural } from '../format';
import { addDays, daysBetween } from '../calendar';

/**
 * Health rules for a mentoring pair, as pure functions of the pair and "today" (which the
 * main process takes from its clock, so tests can move time).
 *
 * Rules, for active pairs only (proposed, paused and ended pairs are not expected to meet):
 * - The next session is due one cadence after the last session (or after the start date
 *   when the pair has not met yet).
 * - Grace: a session is only *overdue* once the due date is more than
 *   `graceDays(cadence)` = max(2, round(cadence / 4)) days behind us — two days for a weekly
 *   pair, four for fortnightly, eight for monthly — so a meeting moved by a day or two does
 *   not raise a flag.
 * - *Never met*: overdue with no session at all since the start.
 * - *Gone quiet*: no session (or start, if never met) for `quietAfterDays(cadence)` =
 *   max(2 × cadence, 21) days. It replaces "overdue": it is the stronger signal.
 * - *Ending soon*: the planned end is within `ENDING_SOON_DAYS` (14) days; *past end* once it
 *   has gone by while the pair is still active.
 * - *Not a fit*: the first session's fit check said "not a fit" and the pair is still active.
 */
export const ENDING_SOON_DAYS = 14;

export type HealthFlagKind = 'not_a_fit' | 'quiet' | 'never_met' | 'overdue' | 'past_end' | 'ending_soon';

export interface HealthFlag {
  kind: HealthFlagKind;
  /** Plain sentence for the UI, e.g. "Session overdue by 5 days". */
  message: string;
}

export interface PairHealth {
  flags: HealthFlag[];
  /** Higher is more urgent; 0 means nothing to look at. Used to sort the overview. */
  urgency: number;
  /** When the next session is due (active pairs only). */
  nextDue: string | null;
}

export interface HealthInput {
  status: 'proposed' | 'active' | 'paused' | 'ended';
  startDate: string;
  plannedEnd: string | null;
  cadenceDays: number;
  lastSessionDate: string | null;
  sessionCount: number;
  firstFit: 'good_fit' | 'unsure' | 'not_a_fit' | null;
}

export function graceDays(cadenceDays: number): number {
  return Math.max(2, Math.round(cadenceDays / 4));
}

export function quietAfterDays(cadenceDays: number): number {
  return Math.max(2 * cadenceDays, 21);
}

/** Base weight of each flag, so kinds sort before size: a quiet pair outranks a late one. */
const WEIGHT: Record<HealthFlagKind, number> = {
  not_a_fit: 5000,
  quiet: 4000,
  never_met: 3000,
  overdue: 2000,
  past_end: 1500,
  ending_soon: 1000,
};

export function pairHealth(pair: HealthInput, today: string): PairHealth {
  if (pair.status !== 'active') return { flags: [], urgency: 0, nextDue: null };
  const flags: { kind: HealthFlagKind; message: string; size: number }[] = [];
  const since = pair.lastSessionDate ?? pair.startDate;
  const nextDue = addDays(since, pair.cadenceDays);
  const late = daysBetween(nextDue, today);
  const quiet = daysBetween(since, today);

  if (pair.firstFit === 'not_a_fit') {
    flags.push({ kind: 'not_a_fit', message: 'First session: not a fit', size: 0 });
  }
  if (quiet >= quietAfterDays(pair.cadenceDays)) {
    const message =
      pair.sessionCount === 0
        ? `Gone quiet: never met in the ${plural(quiet, 'day')} since the start`
        : `Gone quiet: last session ${plural(quiet, 'day')} ago`;
    flags.push({ kind: 'quiet', message, size: quiet });
  } else if (late > graceDays(pair.cadenceDays)) {
    if (pair.sessionCount === 0) {
      flags.push({
        kind: 'never_met',
        message: `Never met: first session overdue by ${plural(late, 'day')}`,
        size: late,
      });
    } else {
      flags.push({ kind: 'overdue', message: `Session overdue by ${plural(late, 'day')}`, size: late });
    }
  }
  if (pair.plannedEnd) {
    const left = daysBetween(today, pair.plannedEnd);
    if (left < 0)
      flags.push({ kind: 'past_end', message: `Planned end passed ${plural(-left, 'day')} ago`, size: -left });
    else if (left <= ENDING_SOON_DAYS) {
      flags.push({
        kind: 'ending_soon',
        message: left === 0 ? 'Planned end is today' : `Planned end in ${plural(left, 'day')}`,
        size: ENDING_SOON_DAYS - left,
      });
    }
  }
  // Each flag adds its weight plus how far gone it is (capped so kinds never swap order).
  const urgency = flags.reduce((sum, f) => sum + WEIGHT[f.kind] + Math.min(f.size, 499), 0);
  return { flags: flags.map(({ kind, message }) => ({ kind, message })), urgency, nextDue };
}

/** Most urgent first; ties by the older next-due date, then by creation order. */
export function byUrgency<T extends { health: PairHealth; createdAt: string }>(a: T, b: T): number {
  return (
    b.health.urgency - a.health.urgency ||
    (a.health.nextDue ?? '9999').localeCompare(b.health.nextDue ?? '9999') ||
    a.createdAt.localeCompare(b.createdAt)
  );
}
