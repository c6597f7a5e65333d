import { randomUUID } from 'node:crypto';
import {
  PEOPLE_PAGE,
  type PeoplePage,
  type PeopleQuery,
  type Person,
  type PersonFields,
  type Team,
  type TeamFields,
} from '#shared/people/model';
import type { ReadableDB, WritableDB } from '../../db/access';
import { likePattern } from '../../db/like';

interface PersonRow {
  id: string;
  name: string;
  preferred_name: string;
  pronouns: string;
  title: string;
  team_id: string | null;
  team_name: string | null;
  relationship: Person['relationship'];
  ladder_id: string | null;
  track: string;
  level: string;
  start_date: string | null;
  time_zone: string | null;
  status: Person['status'];
  left_on: string | null;
  created_at: string;
  updated_at: string;
}

const SELECT_PERSON = `
  SELECT p.*, t.name AS team_name
  FROM people p LEFT JOIN teams t ON t.id = p.team_id`;

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    preferredName: row.preferred_name,
    pronouns: row.pronouns,
    title: row.title,
    teamId: row.team_id,
    teamName: row.team_name,
    relationship: row.relationship,
    ladderId: row.ladder_id,
    track: row.track,
    level: row.level,
    startDate: row.start_date,
    timeZone: row.time_zone,
    status: row.status,
    leftOn: row.left_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The WHERE clause and its parameters for a filtered list of people (one home for the filters). */
function peopleFilter(query: PeopleQuery): { where: string; params: Record<string, string | number> } {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  const status = query.status ?? 'active';
  if (status !== 'all') {
    where.push('p.status = @status');
    params.status = status;
  }
  if (query.teamId !== undefined) {
    where.push(query.teamId === null ? 'p.team_id IS NULL' : 'p.team_id = @teamId');
    if (query.teamId !== null) params.teamId = query.teamId;
  }
  if (query.relationship) {
    where.push('p.relationship = @relationship');
    params.relationship = query.relationship;
  }
  const search = query.search?.trim();
  if (search) {
    where.push(
      `(p.name LIKE @search ESCAPE '\\' OR p.preferred_name LIKE @search ESCAPE '\\' OR p.title LIKE @search ESCAPE '\\')`,
    );
    params.search = likePattern(search);
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

const PEOPLE_ORDER = 'ORDER BY p.name COLLATE NOCASE, p.id';

export function listPeople(db: ReadableDB, query: PeopleQuery): Person[] {
  const { where, params } = peopleFilter(query);
  return (db.prepare(`${SELECT_PERSON} ${where} ${PEOPLE_ORDER}`).all(params) as PersonRow[]).map(toPerson);
}

/** One page of the filtered list, in the list's order, with how many match in all. */
export function peoplePage(db: ReadableDB, query: PeopleQuery, offset: number): PeoplePage {
  const { where, params } = peopleFilter(query);
  const rows = db
    .prepare(`${SELECT_PERSON} ${where} ${PEOPLE_ORDER} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: PEOPLE_PAGE, offset }) as PersonRow[];
  const total = db.prepare(`SELECT count(*) FROM people p ${where}`).pluck().get(params) as number;
  return { people: rows.map(toPerson), total };
}

/**
 * The palette's people: the first `limit` matching anyone's name or title, in the list's order,
 * only the columns it shows. Before, every match was read and mapped whole and all but eight
 * dropped: "a" at a director's 500 people on every keystroke.
 */
export function peopleNamed(
  db: ReadableDB,
  search: string,
  limit: number,
): Pick<Person, 'id' | 'name' | 'title' | 'status'>[] {
  const { where, params } = peopleFilter({ search, status: 'all' });
  return db
    .prepare(`SELECT p.id, p.name, p.title, p.status FROM people p ${where} ${PEOPLE_ORDER} LIMIT @limit`)
    .all({ ...params, limit }) as Pick<Person, 'id' | 'name' | 'title' | 'status'>[];
}

export function findPerson(db: ReadableDB, id: string): Person | undefined {
  const row = db.prepare(`${SELECT_PERSON} WHERE p.id = ?`).get(id) as PersonRow | undefined;
  return row && toPerson(row);
}

function fieldParams(fields: PersonFields) {
  return {
    name: fields.name,
    preferred_name: fields.preferredName,
    pronouns: fields.pronouns,
    title: fields.title,
    team_id: fields.teamId,
    relationship: fields.relationship,
    ladder_id: fields.ladderId,
    track: fields.track,
    level: fields.level,
    start_date: fields.startDate,
    time_zone: fields.timeZone,
  };
}

export function insertPerson(db: WritableDB, fields: PersonFields, now: string): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO people (id, name, preferred_name, pronouns, title, team_id, relationship, ladder_id,
       track, level, start_date, time_zone, status, created_at, updated_at)
     VALUES (@id, @name, @preferred_name, @pronouns, @title, @team_id, @relationship, @ladder_id,
       @track, @level, @start_date, @time_zone, 'active', @now, @now)`,
  ).run({ id, now, ...fieldParams(fields) });
  return id;
}

export function updatePerson(db: WritableDB, id: string, fields: PersonFields, now: string): void {
  db.prepare(
    `UPDATE people SET name = @name, preferred_name = @preferred_name, pronouns = @pronouns,
       title = @title, team_id = @team_id, relationship = @relationship, ladder_id = @ladder_id,
       track = @track, level = @level, start_date = @start_date, time_zone = @time_zone,
       updated_at = @now
     WHERE id = @id`,
  ).run({ id, now, ...fieldParams(fields) });
}

export function setPersonStatus(
  db: WritableDB,
  id: string,
  status: Person['status'],
  leftOn: string | null,
  now: string,
): void {
  db.prepare('UPDATE people SET status = ?, left_on = ?, updated_at = ? WHERE id = ?').run(status, leftOn, now, id);
}

export function deletePerson(db: WritableDB, id: string): void {
  db.prepare('DELETE FROM people WHERE id = ?').run(id);
}

interface TeamRow {
  id: string;
  name: string;
  description: string;
  created_at: string;
  active_members: number;
}

const SELECT_TEAM = `
  SELECT t.*, (SELECT count(*) FROM people p WHERE p.team_id = t.id AND p.status = 'active') AS active_members
  FROM teams t`;

function toTeam(row: TeamRow): Team {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    activeMembers: row.active_members,
    createdAt: row.created_at,
  };
}

export function listTeams(db: ReadableDB): Team[] {
  return (db.prepare(`${SELECT_TEAM} ORDER BY t.name COLLATE NOCASE`).all() as TeamRow[]).map(toTeam);
}

export function findTeam(db: ReadableDB, id: string): Team | undefined {
  const row = db.prepare(`${SELECT_TEAM} WHERE t.id = ?`).get(id) as TeamRow | undefined;
  return row && toTeam(row);
}

export function findTeamByName(db: ReadableDB, name: string): { id: string } | undefined {
  return db.prepare('SELECT id FROM teams WHERE name = ? COLLATE NOCASE').get(name) as { id: string } | undefined;
}

export function insertTeam(db: WritableDB, fields: TeamFields, now: string): string {
  const id = randomUUID();
  db.prepare('INSERT INTO teams (id, name, description, created_at) VALUES (?, ?, ?, ?)').run(
    id,
    fields.name,
    fields.description,
    now,
  );
  return id;
}

export function updateTeam(db: WritableDB, id: string, fields: TeamFields): void {
  db.prepare('UPDATE teams SET name = ?, description = ? WHERE id = ?').run(fields.name, fields.description, id);
}

export function deleteTeam(db: WritableDB, id: string): number {
  const moved = db.prepare('SELECT count(*) AS n FROM people WHERE team_id = ?').get(id) as { n: number };
  db.prepare('DELETE FROM teams WHERE id = ?').run(id);
  return moved.n;
}
