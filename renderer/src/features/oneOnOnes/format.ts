import { formatDayOffset } from '#shared/format';
import type { ItemState, MeetingStatus } from '#shared/oneOnOnes/model';

export const STATUS_LABELS: Record<MeetingStatus, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  skipped: 'Skipped',
  moved: 'Moved',
};

/** Days since something, in words ("today", "6 days ago"), or `never` when it has not happened. */
export function daysAgo(days: number | null, never: string): string {
  return days === null ? never : formatDayOffset(-days);
}

export function stateLabel(kind: 'agenda' | 'action', state: ItemState): string {
  if (state === 'done') return kind === 'agenda' ? 'resolved' : 'done';
  return state;
}
