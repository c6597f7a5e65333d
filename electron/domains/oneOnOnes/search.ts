import type { SearchField, SearchHit, SearchQuery } from '#shared/oneOnOnes/model';
import type { ReadableDB } from '../../db/access';
import { makeSnippet, searchWords } from './snippet';
import { stmt } from './statements';

const MAX_TERMS = 16;
const LIMIT = 50;
/** Ties (a meeting's shared and private notes share a rowid) come out shared first, then private, then items. */
const fieldOrder = (column: string) => `CASE ${column} WHEN 'shared' THEN 0 WHEN 'private' THEN 1 ELSE 2 END`;

/**
 * User text -> a safe FTS5 query. Every term is quoted (so `1:1`, `C++`, `:)`, `AND`, `*`,
 * `NEAR(` are text, not syntax), quotes inside a term are removed, terms with no letter or
 * digit are dropped because they would match nothing. Whole words only: a prefix query
 * (`"term"*`) merges every word it covers and was 25× slower on a decade of notes.
 * Null when nothing searchable is left.
 */
export function toFtsQuery(text: string): string | null {
  const terms = text
    // Control and format characters (NUL, marks of our own highlighting) are never words.
    .replace(/[\p{C}]/gu, ' ')
    .split(/\s+/)
    .map((t) => t.replace(/"/g, ''))
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t}"`).join(' ');
}

interface HitRow {
  meeting_id: string | null;
  person_id: string;
  person_name: string;
  date: string;
  field: SearchField;
  rid: number;
  body: string;
}

/**
 * Fast at any hit count and with any filter: each index is the outer loop of its part, walked
 * newest-first (rowids grow with time, and FTS5 reads a doclist backwards), each match is
 * joined to its row by primary key and filtered there, and the walk stops at 50. Handing the
 * filter to FTS5 as `rowid IN (...)` instead made it re-read a word's whole doclist once per
 * candidate row: 1.6 s for one person's notes on a decade of data. Snippets are made for the
 * final 50 alone (see snippet.ts); notes are wanted newest first, so no ranking pass.
 */
export function searchNotes(db: ReadableDB, query: SearchQuery): SearchHit[] {
  const match = toFtsQuery(query.text);
  if (!match) return [];
  const params: Record<string, string> = { match };
  const meetingFilters: string[] = [];
  const itemFilters: string[] = [];
  if (query.personId) {
    params.personId = query.personId;
    meetingFilters.push('m.person_id = @personId');
    itemFilters.push('i.person_id = @personId');
  }
  if (query.from) {
    params.from = query.from;
    meetingFilters.push('m.date >= @from');
    itemFilters.push('coalesce(om.date, substr(i.created_at, 1, 10)) >= @from');
  }
  if (query.to) {
    params.to = query.to;
    meetingFilters.push('m.date <= @to');
    itemFilters.push('coalesce(om.date, substr(i.created_at, 1, 10)) <= @to');
  }
  if (query.tag) {
    params.tag = query.tag;
    meetingFilters.push('EXISTS (SELECT 1 FROM oo_meeting_tags t WHERE t.meeting_id = m.id AND t.tag = @tag)');
    itemFilters.push('EXISTS (SELECT 1 FROM oo_meeting_tags t WHERE t.meeting_id = om.id AND t.tag = @tag)');
  }
  const where = (filters: string[]) => filters.map((f) => ` AND ${f}`).join('');
  // CROSS JOIN keeps the index as the outer loop; the parts carry no text through the union
  // and its sort: only the final 50 read the note or item text a snippet is made from.
  const notesPart = (index: string, field: SearchField) =>
    `SELECT * FROM (SELECT NULL AS meeting_id, m.person_id, m.date, '${field}' AS field, f.rowid AS rid
       FROM ${index} f CROSS JOIN oo_meetings m ON m.seq = f.rowid
       WHERE ${index} MATCH @match${where(meetingFilters)} ORDER BY f.rowid DESC LIMIT ${LIMIT})`;
  const parts = [
    notesPart('oo_shared_notes_fts', 'shared'),
    ...(query.includePrivate ? [notesPart('oo_private_notes_fts', 'private')] : []),
    `SELECT * FROM (SELECT om.id AS meeting_id, i.person_id, coalesce(om.date, substr(i.created_at, 1, 10)) AS date, i.kind AS field, f.rowid AS rid
       FROM oo_items_fts f CROSS JOIN oo_items i ON i.seq = f.rowid
       LEFT JOIN oo_meetings om ON om.id = i.origin_meeting_id
       WHERE oo_items_fts MATCH @match${where(itemFilters)} ORDER BY f.rowid DESC LIMIT ${LIMIT})`,
  ];
  const sql = `SELECT coalesce(h.meeting_id, m.id) AS meeting_id, h.person_id, h.date, h.field, h.rid,
      CASE h.field WHEN 'shared' THEN m.shared_notes WHEN 'private' THEN m.private_notes ELSE i.text END AS body,
      p.name AS person_name FROM (
      SELECT * FROM (${parts.join(' UNION ALL ')}) ORDER BY date DESC, rid DESC, ${fieldOrder('field')} LIMIT ${LIMIT}
    ) h JOIN people p ON p.id = h.person_id
    LEFT JOIN oo_meetings m ON h.field IN ('shared', 'private') AND m.seq = h.rid
    LEFT JOIN oo_items i ON h.field NOT IN ('shared', 'private') AND i.seq = h.rid
    ORDER BY h.date DESC, h.rid DESC, ${fieldOrder('h.field')}`;
  const rows = stmt(db, sql).all(params) as HitRow[];
  const words = searchWords(query.text);
  return rows.map((r) => ({
    meetingId: r.meeting_id,
    personId: r.person_id,
    personName: r.person_name,
    date: r.date,
    field: r.field,
    snippet: makeSnippet(r.body, words),
  }));
}
