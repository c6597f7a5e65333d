import { z } from 'zod';
import { idSchema } from '../schemas/fields';
import type { MeetingSummary } from './model';

/** A page is ~250 bytes a meeting: 50 keep it near 12 KB, the most allowed stays under 64 KB. */
export const HISTORY_PAGE = 50;
export const HISTORY_PAGE_MAX = 200;

const CURSOR = /^(\d{4}-\d{2}-\d{2})~(\d{1,15})$/;

/**
 * Where the next page starts: the last meeting shown, by date and then seq (meetings on the
 * same day keep the order they were made in), so paging is stable while meetings are added
 * and never skips or repeats one. Opaque to the window: it only hands it back.
 */
export function historyCursor(m: { date: string; seq: number }): string {
  return `${m.date}~${m.seq}`;
}

export function parseHistoryCursor(cursor: string): { date: string; seq: number } | null {
  const match = CURSOR.exec(cursor);
  if (!match) return null;
  const date = match[1]!;
  // A real calendar date, so a hand-made cursor cannot slip past the check.
  if (!z.iso.date().safeParse(date).success) return null;
  return { date, seq: Number(match[2]) };
}

export const historyQuerySchema = z.strictObject({
  personId: idSchema,
  /** `next` of the previous page; absent for the newest page. */
  cursor: z
    .string({ message: 'must be the cursor of an earlier page' })
    .max(40, 'must be the cursor of an earlier page')
    .refine((c) => parseHistoryCursor(c) !== null, 'must be the cursor of an earlier page')
    .optional(),
  limit: z
    .number({ message: `must be a whole number from 1 to ${HISTORY_PAGE_MAX}` })
    .int(`must be a whole number from 1 to ${HISTORY_PAGE_MAX}`)
    .min(1, `must be a whole number from 1 to ${HISTORY_PAGE_MAX}`)
    .max(HISTORY_PAGE_MAX, `must be a whole number from 1 to ${HISTORY_PAGE_MAX}`)
    .optional(),
});
export type HistoryQuery = z.output<typeof historyQuerySchema>;

/** One page of a person's 1:1s, newest first. */
export interface HistoryPage {
  meetings: MeetingSummary[];
  /** Every meeting with this person, so a list can size itself before the rest arrives. */
  total: number;
  /** Cursor for the next (older) page, or null on the last one. */
  next: string | null;
}
