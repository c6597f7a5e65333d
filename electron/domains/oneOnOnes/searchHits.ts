import type { SearchField, SearchHit } from '#shared/oneOnOnes/model';
import type { ReadableDB } from '../../db/access';
import { makeSnippet } from './snippet';
import { stmt } from './statements';

/** The index a match came from. */
export type HitSource = 'shared' | 'private' | 'items';

/** A ranked match: its search key (the row's day and seq, migration 012), its text, its index. */
export interface RankedHit {
  rid: number;
  body: string;
  source: HitSource;
}

/** A search key is its row's day times this, plus its seq (migration 012). */
export const DAY_SHIFT = 4294967296;
const DAY_MS = 86_400_000;
/** The row's seq, in a search key's low 32 bits. */
const seqOf = (rid: number) => rid % DAY_SHIFT;
/** The day in a search key's high bits, as YYYY-MM-DD. */
const dayOf = (rid: number) => new Date(Math.floor(rid / DAY_SHIFT) * DAY_MS).toISOString().slice(0, 10);

type MeetingRow = [seq: number, id: string, personId: string, date: string];
type ItemRow = [seq: number, meetingId: string, personId: string, kind: SearchField];

/** Rows of a table by their seqs, in one statement whatever their number. */
const bySeq = <Row extends [number, ...unknown[]]>(db: ReadableDB, sql: string, seqs: number[]) =>
  new Map(
    seqs.length === 0
      ? []
      : (stmt(db, sql).raw().all(JSON.stringify(seqs)) as Row[]).map((row) => [row[0], row] as const),
  );

/**
 * The hits shown, from the ranked matches: their meeting, person and day read now, for these
 * alone, in three statements (meetings, items, names) rather than with each of the 300
 * candidates ranked or one lookup per hit. An item's meeting is its origin (NULL once that
 * meeting is deleted: no meeting to open) and its day the one in its key (the meeting's day,
 * else the day it was written). Snippets are made for these alone too (snippet.ts).
 */
export function searchHits(db: ReadableDB, shown: readonly RankedHit[], words: readonly string[]): SearchHit[] {
  const seqsFrom = (fromItems: boolean) =>
    shown.filter((h) => (h.source === 'items') === fromItems).map((h) => seqOf(h.rid));
  const meetings = bySeq<MeetingRow>(
    db,
    'SELECT seq, id, person_id, date FROM oo_meetings WHERE seq IN (SELECT value FROM json_each(?))',
    seqsFrom(false),
  );
  const items = bySeq<ItemRow>(
    db,
    `SELECT seq, coalesce(origin_meeting_id, ''), person_id, kind FROM oo_items
       WHERE seq IN (SELECT value FROM json_each(?))`,
    seqsFrom(true),
  );
  const hits = shown.map((hit) => {
    if (hit.source === 'items') {
      const [, meetingId, personId, kind] = items.get(seqOf(hit.rid))!;
      return { hit, meetingId: meetingId || null, personId, date: dayOf(hit.rid), field: kind };
    }
    const [, meetingId, personId, date] = meetings.get(seqOf(hit.rid))!;
    return { hit, meetingId, personId, date, field: hit.source };
  });
  const names = namesOf(
    db,
    hits.map((h) => h.personId),
  );
  return hits.map(({ hit, meetingId, personId, date, field }) => ({
    meetingId,
    personId,
    personName: names.get(personId)!,
    date,
    field,
    snippet: makeSnippet(hit.body, words),
  }));
}

/** Names of the people of the hits shown, in one statement (a lookup per person was a twelfth of a search). */
function namesOf(db: ReadableDB, personIds: string[]): Map<string, string> {
  const rows = stmt(db, 'SELECT id, name FROM people WHERE id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify([...new Set(personIds)])) as [string, string][];
  return new Map(rows);
}
