import { HISTORY_PAGE, historyCursor, parseHistoryCursor, type HistoryPage } from '#shared/oneOnOnes/history';
import type { ReadableDB } from '../../db/access';
import { summaryOf, type SummaryColumns } from './queries';
import { stmt } from './statements';

type PageRow = SummaryColumns & { seq: number; tags: string };

// Only the columns a summary shows (never the notes), tags gathered in the same statement.
// Both forms walk oo_meetings_person_date backwards: the keyset seeks, it never counts past rows.
const COLUMNS = `m.seq, m.id, m.person_id, m.date, m.time, m.time_zone, m.starts_at, m.status, m.moved_to, m.mood,
  (SELECT json_group_array(tag) FROM (SELECT tag FROM oo_meeting_tags t WHERE t.meeting_id = m.id ORDER BY tag)) AS tags`;
const FIRST = `SELECT ${COLUMNS} FROM oo_meetings m WHERE m.person_id = ? ORDER BY m.date DESC, m.seq DESC LIMIT ?`;
const AFTER = `SELECT ${COLUMNS} FROM oo_meetings m
  WHERE m.person_id = ? AND (m.date < ? OR (m.date = ? AND m.seq < ?))
  ORDER BY m.date DESC, m.seq DESC LIMIT ?`;

/** One page of a person's meetings, newest first; the cursor has been checked by the schema. */
export function historyPage(
  db: ReadableDB,
  personId: string,
  cursor: string | undefined,
  limit = HISTORY_PAGE,
): HistoryPage {
  const after = cursor ? parseHistoryCursor(cursor) : null;
  // One row more than asked says whether another page follows, without a second query.
  const rows = (
    after
      ? stmt(db, AFTER).all(personId, after.date, after.date, after.seq, limit + 1)
      : stmt(db, FIRST).all(personId, limit + 1)
  ) as PageRow[];
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    meetings: shown.map((r) => summaryOf(r, JSON.parse(r.tags) as string[])),
    total: stmt(db, 'SELECT count(*) FROM oo_meetings WHERE person_id = ?').pluck().get(personId) as number,
    next: rows.length > limit && last ? historyCursor(last) : null,
  };
}
