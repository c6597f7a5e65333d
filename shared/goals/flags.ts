import { daysBetween } from '../calendar';
import { STALE_AFTER_DAYS, type GoalStatus } from './model';

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

/** How far ahead "due soon" looks: the prep view and Home count open goals due within it. */
export const DUE_SOON_DAYS = 14;

/** Open and due within `days` days from today (overdue ones included). */
export function isDueWithin(status: GoalStatus, dueDate: string | null, today: string, days = DUE_SOON_DAYS): boolean {
  return isOpen(status) && dueDate !== null && daysBetween(today, dueDate) <= days;
}
