import type { SearchField, SearchHit, SearchQuery } from '../../../shared/oneOnOnes/model';
import type { Db } from '../../db/open';
import { makeSnippet, searchWords } from './snippet';
import { stmt } from './statements';

const MAX_TERMS = 16;
const LIMIT = 50;

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
 * Fast at any hit count: each index walks its matches newest-first (rowids grow with time,
 * and FTS5 reads a doclist backwards and stops at the limit), filters narrow the rowids
 * first, only those rows are joined to meetings and people, and snippets are made for the
 * final 50 alone (see snippet.ts). Notes are wanted newest first, so no ranking pass over every match.
 */
export function searchNotes(db: Db, query: SearchQuery): SearchHit[] {
  const match = toFtsQuery(query.text);
  if (!match) return [];
  const params: Record<string, string> = { items: match, shared: `shared_notes : (${match})`, private: `private_notes : (${match})` };
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
  const meetingScope = meetingFilters.length
    ? ` AND rowid IN (SELECT m.seq FROM oo_meetings m WHERE ${meetingFilters.join(' AND ')})`
    : '';
  const itemScope = itemFilters.length
    ? ` AND rowid IN (SELECT i.seq FROM oo_items i LEFT JOIN oo_meetings om ON om.id = i.origin_meeting_id WHERE ${itemFilters.join(' AND ')})`
    : '';
  const best = (table: string, key: string, scope: string) =>
    `SELECT rowid AS rid FROM ${table} WHERE ${table} MATCH @${key}${scope} ORDER BY rowid DESC LIMIT ${LIMIT}`;
  // The three parts carry no text through the union and its sort; only the final 50 read the
  // note or item text a snippet is made from.
  const parts = [
    `SELECT NULL AS meeting_id, m.person_id, m.date, 'shared' AS field, b.rid
       FROM (${best('oo_meetings_fts', 'shared', meetingScope)}) b JOIN oo_meetings m ON m.seq = b.rid`,
    ...(query.includePrivate
      ? [
          `SELECT NULL AS meeting_id, m.person_id, m.date, 'private' AS field, b.rid
             FROM (${best('oo_meetings_fts', 'private', meetingScope)}) b JOIN oo_meetings m ON m.seq = b.rid`,
        ]
      : []),
    `SELECT om.id AS meeting_id, i.person_id, coalesce(om.date, substr(i.created_at, 1, 10)) AS date, i.kind AS field, b.rid
       FROM (${best('oo_items_fts', 'items', itemScope)}) b JOIN oo_items i ON i.seq = b.rid
       LEFT JOIN oo_meetings om ON om.id = i.origin_meeting_id`,
  ];
  if (!query.includePrivate) delete params.private;
  const sql = `SELECT coalesce(h.meeting_id, m.id) AS meeting_id, h.person_id, h.date, h.field, h.rid,
      CASE h.field WHEN 'shared' THEN m.shared_notes WHEN 'private' THEN m.private_notes ELSE i.text END AS body,
      p.name AS person_name FROM (
      SELECT * FROM (${parts.join(' UNION ALL ')}) ORDER BY date DESC, rid DESC LIMIT ${LIMIT}
    ) h JOIN people p ON p.id = h.person_id
    LEFT JOIN oo_meetings m ON h.field IN ('shared', 'private') AND m.seq = h.rid
    LEFT JOIN oo_items i ON h.field NOT IN ('shared', 'private') AND i.seq = h.rid
    ORDER BY h.date DESC, h.rid DESC`;
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
