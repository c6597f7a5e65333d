import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchHit, type SearchQuery } from '../../../shared/oneOnOnes/model';
import type { Db } from '../../db/open';

const MAX_TERMS = 16;
const LIMIT = 50;

/**
 * User text -> a safe FTS5 query. Every term is quoted (so `1:1`, `C++`, `:)`, `AND`, `*`,
 * `NEAR(` are text, not syntax), quotes inside a term are removed, terms with no letter or
 * digit are dropped because they would match nothing, and the last term matches as a
 * prefix so results come while typing. Null when nothing searchable is left.
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
  return terms.map((t, i) => `"${t}"${i === terms.length - 1 ? '*' : ''}`).join(' ');
}

interface HitRow {
  meeting_id: string | null;
  person_id: string;
  person_name: string;
  date: string;
  field: SearchHit['field'];
  snippet: string;
}

export function searchNotes(db: Db, query: SearchQuery): SearchHit[] {
  const match = toFtsQuery(query.text);
  if (!match) return [];
  const params: Record<string, string> = { start: HIGHLIGHT_START, end: HIGHLIGHT_END };
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
  const and = (filters: string[]) => filters.map((f) => ` AND ${f}`).join('');

  const notes = (column: 'shared_notes' | 'private_notes', index: number, field: string, key: string) => {
    params[key] = `${column} : (${match})`;
    return `SELECT m.id AS meeting_id, m.person_id, p.name AS person_name, m.date, '${field}' AS field,
        snippet(oo_meetings_fts, ${index}, @start, @end, '…', 14) AS snippet
      FROM oo_meetings_fts JOIN oo_meetings m ON m.seq = oo_meetings_fts.rowid JOIN people p ON p.id = m.person_id
      WHERE oo_meetings_fts MATCH @${key}${and(meetingFilters)}`;
  };
  params.items = match;
  const parts = [
    notes('shared_notes', 0, 'shared', 'shared'),
    ...(query.includePrivate ? [notes('private_notes', 1, 'private', 'private')] : []),
    `SELECT om.id AS meeting_id, i.person_id, p.name AS person_name,
        coalesce(om.date, substr(i.created_at, 1, 10)) AS date, i.kind AS field,
        snippet(oo_items_fts, 0, @start, @end, '…', 14) AS snippet
      FROM oo_items_fts JOIN oo_items i ON i.seq = oo_items_fts.rowid JOIN people p ON p.id = i.person_id
      LEFT JOIN oo_meetings om ON om.id = i.origin_meeting_id
      WHERE oo_items_fts MATCH @items AND i.recurring_id IS NULL${and(itemFilters)}`,
  ];
  const sql = `SELECT * FROM (${parts.join(' UNION ALL ')}) ORDER BY date DESC, person_name LIMIT ${LIMIT}`;
  return (db.prepare(sql).all(params) as HitRow[]).map((r) => ({
    meetingId: r.meeting_id,
    personId: r.person_id,
    personName: r.person_name,
    date: r.date,
    field: r.field,
    snippet: r.snippet,
  }));
}
