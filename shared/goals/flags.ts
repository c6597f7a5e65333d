import { STALE_AFTER_DAYS, type GoalStatus } from './model';

const DAY_MS = 86_400_000;

/** Whole days from date `a` to date `b` (both YYYY-MM-DD, calendar days, no time zone). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

export const isOpen = (status: GoalStatus) => status === 'proposed' || status === 'active';

/** Due before today and not achieved or dropped. Due today is not overdue yet. */
export function isOverdue(status: GoalStatus, dueDate: string | null, today: string): boolean {
  return isOpen(status) && dueDate !== null && dueDate < today;
}

/**
 * Open and quiet for STALE_AFTER_DAYS days or more, counted from the last check-in, or from
 * the day the goal was set when it has none.
 */
export function isStale(status: GoalStatus, lastActivityOn: string, today: string): boolean {
  return isOpen(status) && daysBetween(lastActivityOn, today) >= STALE_AFTER_DAYS;
}
