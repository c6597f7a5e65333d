import type { Db } from '#electron/db/open';

/**
 * Rows written straight into a store at an older schema, for the migrations that rebuild the
 * notes search indexes (012, 018), and what those indexes hold afterwards.
 */
export const SEARCH_INDEXES = ['oo_shared_notes_fts', 'oo_private_notes_fts', 'oo_items_fts'] as const;

/** The seq of each row a query matches, in index order (newest day last). */
export const indexSeqs = (db: Db, index: string, query: string) =>
  (db.prepare(`SELECT rowid FROM ${index} WHERE ${index} MATCH ? ORDER BY rowid`).pluck().all(query) as number[]).map(
    (key) => key % 2 ** 32,
  );

/** FTS5's own check: every index matches its rows exactly. */
export const checkSearchIndexes = (db: Db) => {
  for (const index of SEARCH_INDEXES)
    db.prepare(`INSERT INTO ${index} (${index}, rank) VALUES ('integrity-check', 1)`).run();
};

export function insertHeldMeeting(db: Db, seq: number, id: string, date: string, shared: string, priv: string): void {
  db.prepare(
    `INSERT INTO oo_meetings (seq, id, person_id, slot_date, date, time, time_zone, starts_at, status, shared_notes, private_notes, created_at, updated_at)
     VALUES (?, ?, 'p1', ?, ?, '09:00', 'UTC', '2026-01-05T09:00:00Z', 'held', ?, ?, 'x', 'x')`,
  ).run(seq, id, date, date, shared, priv);
}

/** An action of Ada's, written on 1 January 2026; a recurring one (`recurringId`) is never searched. */
export function insertAction(
  db: Db,
  seq: number,
  id: string,
  text: string,
  meetingId: string | null,
  recurringId: string | null,
) {
  db.prepare(
    `INSERT INTO oo_items (seq, id, person_id, kind, side, text, origin_meeting_id, recurring_id, created_at, updated_at)
     VALUES (?, ?, 'p1', 'action', 'me', ?, ?, ?, '2026-01-01T00:00:00Z', 'x')`,
  ).run(seq, id, text, meetingId, recurringId);
}
