import { formatDate, formatDayOffset, formatNumber, plural } from '#shared/format';
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

/**
 * A meeting's agenda as the manager reads it: "1 topic from them", "2 topics from me, 1 from
 * them". A side with nothing on it is not mentioned; null when the agenda is empty.
 */
export function agendaWords(fromMe: number, fromThem: number): string | null {
  // The second count shares the first one's word: "2 topics from me, 1 from them".
  if (fromMe && fromThem) return `${plural(fromMe, 'topic')} from me, ${formatNumber(fromThem)} from them`;
  if (fromMe) return `${plural(fromMe, 'topic')} from me`;
  if (fromThem) return `${plural(fromThem, 'topic')} from them`;
  return null;
}

/** An item brought over from an earlier 1:1, said the same way in prep and in the meeting. */
export const carriedFrom = (originDate: string) => `carried from ${formatDate(originDate)}`;
