import type { PersonChoice, PersonSearch, PersonSearchResult } from '#shared/people/search';
import { PERSON_SEARCH_LIMIT } from '#shared/people/searchLimits';
import type { ReadableDB } from '../../db/access';
import { stmt } from '../../db/statements';
import { likePrefix } from '../../db/like';
import { toFtsQuery } from '../oneOnOnes/search';

const CHOICE_COLUMNS = 'p.id, p.name, p.title, t.name AS teamName, p.status';
const TEAM = 'LEFT JOIN teams t ON t.id = p.team_id';
const BY_NAME = 'p.name COLLATE NOCASE, p.id';

/** The status and exclusion filters, as SQL for each status (so each reads its own index). */
function filters(status: PersonSearch['status'], excluding: boolean): string {
  const where = [];
  if ((status ?? 'active') !== 'all') where.push('p.status = @status');
  if (excluding) where.push('p.id NOT IN (SELECT value FROM json_each(@exclude))');
  return where.length ? where.join(' AND ') : '1';
}

/**
 * People by the first letters of a word of their name, preferred name or role (the FTS5 prefix
 * index of migration 021), or of their team's name (teams are few; their members are read
 * through people_team). Ranked: the whole name starts with the text, then a word of the name or
 * preferred name does, then the role or team; by name within each rank. CROSS JOIN keeps the
 * matches the outer loop: otherwise, on a small store, SQLite reads every active person and
 * looks each up among the matches.
 */
export const matchesSql = (match: string | null, where: string) => `
  WITH hits (person_id) AS (
    ${match === null ? '' : 'SELECT person_id FROM people_fts WHERE people_fts MATCH @match UNION'}
    SELECT p.id FROM teams t JOIN people p ON p.team_id = t.id WHERE t.name LIKE @prefix ESCAPE '\\'
  )
  SELECT ${CHOICE_COLUMNS}
  FROM hits h CROSS JOIN people p ON p.id = h.person_id ${TEAM}
  WHERE ${where}
  ORDER BY
    CASE
      WHEN p.name LIKE @prefix ESCAPE '\\' THEN 0
      ${match === null ? '' : 'WHEN p.id IN (SELECT person_id FROM people_fts WHERE people_fts MATCH @nameMatch) THEN 1'}
      ELSE 2
    END,
    ${BY_NAME}
  LIMIT @limit`;

/** Everyone of a status in name order, read from the front of a name index. */
export const everyoneSql = (where: string) => `
  SELECT ${CHOICE_COLUMNS} FROM people p ${TEAM} WHERE ${where} ORDER BY ${BY_NAME} LIMIT @limit`;

const CHOSEN_SQL = `SELECT ${CHOICE_COLUMNS} FROM people p ${TEAM} WHERE p.id IN (SELECT value FROM json_each(@chosen))`;

export function searchPeople(db: ReadableDB, query: PersonSearch): PersonSearchResult {
  const status = query.status ?? 'active';
  const exclude = query.exclude ?? [];
  const where = filters(status, exclude.length > 0);
  const params: Record<string, string | number> = { limit: query.limit ?? PERSON_SEARCH_LIMIT };
  if (status !== 'all') params.status = status;
  if (exclude.length) params.exclude = JSON.stringify(exclude);
  const text = query.text.trim();
  let matches: PersonChoice[];
  if (text === '') {
    matches = stmt(db, everyoneSql(where)).all(params) as PersonChoice[];
  } else {
    const match = toFtsQuery(text);
    params.prefix = likePrefix(text);
    if (match !== null) {
      params.match = match;
      params.nameMatch = `{name preferred_name} : (${match})`;
    }
    matches = stmt(db, matchesSql(match, where)).all(params) as PersonChoice[];
  }
  return { matches, chosen: chosenPeople(db, query.chosen ?? []) };
}

function chosenPeople(db: ReadableDB, ids: readonly string[]): PersonChoice[] {
  if (ids.length === 0) return [];
  const found = new Map(
    (stmt(db, CHOSEN_SQL).all({ chosen: JSON.stringify(ids) }) as PersonChoice[]).map((p) => [p.id, p]),
  );
  return ids.flatMap((id) => found.get(id) ?? []);
}
