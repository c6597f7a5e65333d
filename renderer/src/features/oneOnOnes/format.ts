import type { ItemState, MeetingStatus } from '#shared/oneOnOnes/model';

export const STATUS_LABELS: Record<MeetingStatus, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  skipped: 'Skipped',
  moved: 'Moved',
};

export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function daysAgo(days: number | null, never: string): string {
  if (days === null) return never;
  if (days === 0) return 'today';
  if (days < 0) return days === -1 ? 'in 1 day' : `in ${-days} days`;
  if (days === 1) return '1 day ago';
  return `${days} days ago`;
}

export function stateLabel(kind: 'agenda' | 'action', state: ItemState): string {
  if (state === 'done') return kind === 'agenda' ? 'resolved' : 'done';
  return state;
}
