import type { SearchHit, SearchQuery } from '#shared/oneOnOnes/model';
import type { ReadableDB } from '../../db/access';
import { SEQ_OF_KEY } from '../../db/migrations/012_search_as_you_type';
import { cutQuery, holdsLongTerms, prefixQuery, searchTerms, type CutQuery } from './longPrefixes';
import { bm25Scores, textStats, type TextStats } from './rank';
import { DAY_SHIFT, searchHits, type HitSource } from './searchHits';
import { searchWords } from './snippet';
import { stmt } from './statements';

const LIMIT = 50;
/**
 * How many of each index's newest matches are ranked. A search's cost is bounded by this,
 * not by how many rows match: "t" matches nearly every note of a director's store. Below
 * this many matches the ranking covers every one; above it, the most relevant of the newest
 * this-many, which is what a search while typing is after. 100, twice the 50 shown: reading
 * and scoring 200 per index cost 1.85 ms of CPU a search on a decade against 1.18 ms for 100
 * (README, "Notes search ranking").
 */
export const RANK_WINDOW = 100;
/**
 * How many matches of a cut query (longPrefixes.ts) are read and checked before FTS5 is asked
 * for the long prefix itself: a bound on the rare search whose first letters are mostly other words.
 */
export const CHECK_BUDGET = 4 * RANK_WINDOW;
/** Ties in score and key come out shared notes first, then private notes, then items. */
const SOURCE_ORDER: Record<HitSource, number> = { shared: 0, private: 1, items: 2 };

/**
 * User text -> a safe FTS5 query of prefixes: every term quoted (so `1:1`, `C++`, `:)`,
 * `AND`, `*`, `NEAR(` are text, not syntax) and starred ("promo" finds "promotion"), quotes
 * inside a term removed, terms with no letter or digit dropped because they would match
 * nothing (longPrefixes.ts). Prefixes of one to six letters read a prefix index (migrations
 * 012 and 018). Null when nothing searchable is left.
 */
export function toFtsQuery(text: string): string | null {
  const terms = searchTerms(text);
  return terms.length === 0 ? null : prefixQuery(terms);
}

/**
 * A match as ranking reads it: its search key and its text, nothing else. Which meeting and
 * person it belongs to are read for the hits shown alone (searchHits.ts): reading them with
 * every candidate made three UUID strings a row for 300 rows, a tenth of a search.
 */
interface HitRow {
  rid: number;
  body: string;
}

/** A match with what ranking reads of its text (rank.ts), read once per candidate. */
interface Candidate extends HitRow {
  stats: TextStats;
}

/** One index's search: its SQL, first window or (paged) a later one. */
type Part = (paged: boolean) => string;

/**
 * Whether a row the cut query matched holds the long terms. A plain ASCII row is answered
 * from the counts ranking needs anyway (a word starting with the term is one FTS5 matches):
 * one walk of the text instead of a lowercased copy and a search of it per term, a tenth of
 * a search. Where a long term is not one of the query's words (a quote inside it) or the
 * text is not ASCII, longPrefixes.ts answers.
 */
function holdsCut(row: HitRow, stats: TextStats, cut: CutQuery, longAt: readonly number[]): boolean | 'unsure' {
  if (stats.ascii && longAt.every((k) => k >= 0)) return longAt.every((k) => stats.tf[k]! > 0);
  return holdsLongTerms(row.body, cut.longTerms);
}

/**
 * One index's newest RANK_WINDOW matches, newest first, with their stats for ranking. With a
 * cut query (a term longer than the indexed prefixes), windows of its matches are read
 * newest-first and each row checked for the long terms, until RANK_WINDOW hold them or the
 * index has no more: the same rows, in the same order, as FTS5's own answer to the long
 * prefix, which merges the list of every word that starts so before returning one (7 ms for
 * "promotion" among a director's items). Past CHECK_BUDGET rows read, or on a check that
 * cannot tell, FTS5 answers the long prefix itself.
 */
function newestMatches(
  db: ReadableDB,
  part: Part,
  params: Record<string, string | number>,
  cut: CutQuery | null,
  words: readonly string[],
): Candidate[] {
  const withStats = (row: HitRow): Candidate => ({ ...row, stats: textStats(row.body, words) });
  const exact = () => (stmt(db, part(false)).all(params) as HitRow[]).map(withStats);
  if (!cut) return exact();
  const longAt = cut.longTerms.map((term) => words.indexOf(term));
  const kept: Candidate[] = [];
  let read = 0;
  let rows = stmt(db, part(false)).all({ ...params, match: cut.match }) as HitRow[];
  for (;;) {
    for (const row of rows) {
      const candidate = withStats(row);
      const holds = holdsCut(row, candidate.stats, cut, longAt);
      if (holds === 'unsure') return exact();
      if (holds) kept.push(candidate);
      if (kept.length === RANK_WINDOW) return kept;
    }
    read += rows.length;
    if (rows.length < RANK_WINDOW) return kept;
    if (read >= CHECK_BUDGET) return exact();
    rows = stmt(db, part(true)).all({ ...params, match: cut.match, before: rows.at(-1)!.rid }) as HitRow[];
  }
}

/** A day's first and past-its-last search keys (the key is the day in its high bits). */
const dayKey = (date: string, end: boolean) =>
  (Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000) + (end ? 1 : 0)) * DAY_SHIFT;

/**
 * Each index is walked newest-first (its rows are ordered by day: migration 012), each match
 * joined to its row by primary key and filtered there, until RANK_WINDOW matches; date
 * filters become a range of the walk. Handing other filters to FTS5 as `rowid IN (...)`
 * made it re-read a word's whole doclist once per candidate: 1.6 s on a decade of data.
 * The candidates are ranked by BM25 (rank.ts), newer first on a tie; snippets are made for
 * the final ones alone (snippet.ts).
 */
export function searchNotes(db: ReadableDB, query: SearchQuery, limit = LIMIT): SearchHit[] {
  const terms = searchTerms(query.text);
  if (terms.length === 0) return [];
  const params: Record<string, string | number> = { match: prefixQuery(terms) };
  const meetingFilters: string[] = [];
  const itemFilters: string[] = [];
  const keyFilters: string[] = [];
  if (query.personId) {
    params.personId = query.personId;
    meetingFilters.push('m.person_id = @personId');
    itemFilters.push('i.person_id = @personId');
  }
  if (query.from) {
    params.fromKey = dayKey(query.from, false);
    keyFilters.push('f.rowid >= @fromKey');
  }
  if (query.to) {
    params.toKey = dayKey(query.to, true);
    keyFilters.push('f.rowid < @toKey');
  }
  if (query.tag) {
    params.tag = query.tag;
    meetingFilters.push('EXISTS (SELECT 1 FROM oo_meeting_tags t WHERE t.meeting_id = m.id AND t.tag = @tag)');
    itemFilters.push(
      'EXISTS (SELECT 1 FROM oo_meeting_tags t WHERE t.meeting_id = i.origin_meeting_id AND t.tag = @tag)',
    );
  }
  // `paged`: the next window of a cut query's walk, older than the last row read.
  const where = (filters: string[], paged: boolean) =>
    [...keyFilters, ...filters, ...(paged ? ['f.rowid < @before'] : [])].map((f) => ` AND ${f}`).join('');
  // CROSS JOIN keeps the index as the outer loop.
  const notesPart = (index: string, column: string) => (paged: boolean) =>
    `SELECT f.rowid AS rid, m.${column} AS body
       FROM ${index} f CROSS JOIN oo_meetings m ON m.seq = ${SEQ_OF_KEY('f.rowid')}
       WHERE ${index} MATCH @match${where(meetingFilters, paged)} ORDER BY f.rowid DESC LIMIT ${RANK_WINDOW}`;
  const parts: { source: HitSource; sql: Part }[] = [
    { source: 'shared', sql: notesPart('oo_shared_notes_fts', 'shared_notes') },
    ...(query.includePrivate
      ? [{ source: 'private' as const, sql: notesPart('oo_private_notes_fts', 'private_notes') }]
      : []),
    {
      source: 'items',
      sql: (paged) => `SELECT f.rowid AS rid, i.text AS body
       FROM oo_items_fts f CROSS JOIN oo_items i ON i.seq = ${SEQ_OF_KEY('f.rowid')}
       WHERE oo_items_fts MATCH @match${where(itemFilters, paged)} ORDER BY f.rowid DESC LIMIT ${RANK_WINDOW}`,
    },
  ];
  const words = searchWords(query.text);
  const cut = cutQuery(terms);
  const ranked = parts.flatMap(({ source, sql }) => {
    const rows = newestMatches(db, sql, params, cut, words);
    // Scored per index: notes and items differ in length, and BM25 weighs length against its own kind.
    const scores = bm25Scores(rows.map((r) => r.stats));
    return rows.map((row, i) => ({ rid: row.rid, body: row.body, source, score: scores[i]! }));
  });
  // Newer first on a tie: the key holds the day in its high bits (the meeting's day; an item's
  // meeting's, else the day it was written), so a larger key is a later day, or the same day
  // written later.
  ranked.sort((a, b) => b.score - a.score || b.rid - a.rid || SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source]);
  return searchHits(db, ranked.slice(0, limit), words);
}
