import { formatDate } from '#shared/format';
import type { PrepItem } from '#shared/oneOnOnes/model';
import { carriedFrom } from '../format';

/** Who an item belongs to and how long it has waited, in words ("Amara’s action · due Thu 3 Dec · carried from Thu 5 Nov"). */
export function itemMeta(item: PrepItem, callName: string): string {
  const who =
    item.kind === 'agenda'
      ? item.side === 'me'
        ? 'from me'
        : `from ${callName}`
      : item.side === 'me'
        ? 'my action'
        : `${callName}’s action`;
  const parts = [who];
  if (item.dueDate) parts.push(`due ${formatDate(item.dueDate)}`);
  if (item.carried && item.originDate) parts.push(carriedFrom(item.originDate));
  else if (item.queued) parts.push('for next time');
  return parts.join(' · ');
}
