import { formatClock, formatDate, formatDayOffset, formatZone } from '#shared/format';
import type { ItemState, MeetingStatus, MeetingSummary } from '#shared/oneOnOnes/model';

export const STATUS_LABELS: Record<MeetingStatus, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  skipped: 'Skipped',
  moved: 'Moved',
};

/** A meeting's day and time on the wall clock of its zone, and that zone: "Thu 3 Dec, 10:00 (London)". */
export function formatWhen(m: MeetingSummary): string {
  return `${formatDate(m.date)}, ${formatClock(m.time)} (${formatZone(m.timeZone)})`;
}

/** Days since something, in words ("today", "6 days ago"), or `never` when it has not happened. */
export function daysAgo(days: number | null, never: string): string {
  return days === null ? never : formatDayOffset(-days);
}

export function stateLabel(kind: 'agenda' | 'action', state: ItemState): string {
  if (state === 'done') return kind === 'agenda' ? 'resolved' : 'done';
  return state;
}
