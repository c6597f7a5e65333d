import type { ReadableDB, WritableDB } from '../../db/access';
import type { MeetingRow } from './queries';
import { stmt } from './statements';

/** What the edit checks read of a meeting (handlers.ts requireEditable, queries.ts isLocked): no notes. */
export type EditCheckColumns = Pick<
  MeetingRow,
  'seq' | 'id' | 'person_id' | 'date' | 'status' | 'moved_to' | 'unlocked_at'
>;

/** A meeting's columns for the edit checks alone: an autosave need not copy both notes out to overwrite one. */
export function findMeetingToEdit(db: ReadableDB, id: string): EditCheckColumns | undefined {
  return stmt(db, 'SELECT seq, id, person_id, date, status, moved_to, unlocked_at FROM oo_meetings WHERE id = ?').get(
    id,
  ) as EditCheckColumns | undefined;
}

/**
 * Writes the notes given and only those: a note left out is not in the UPDATE, so its search
 * index's trigger (migration 012, AFTER UPDATE OF that column) is not even weighed, and its
 * text is never read out to be written back.
 */
export function saveNotes(
  db: WritableDB,
  seq: number,
  notes: { sharedNotes?: string | undefined; privateNotes?: string | undefined },
  savedAt: string,
): void {
  const set = [
    ...(notes.sharedNotes !== undefined ? ['shared_notes = @shared'] : []),
    ...(notes.privateNotes !== undefined ? ['private_notes = @private'] : []),
    'updated_at = @savedAt',
  ];
  stmt(db, `UPDATE oo_meetings SET ${set.join(', ')} WHERE seq = @seq`).run({
    seq,
    savedAt,
    ...(notes.sharedNotes !== undefined ? { shared: notes.sharedNotes } : {}),
    ...(notes.privateNotes !== undefined ? { private: notes.privateNotes } : {}),
  });
}
