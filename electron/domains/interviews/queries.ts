import { addDays } from '#shared/calendar';
import { randomBytes, randomUUID } from 'node:crypto';
import type {
  Candidate,
  CandidateFields,
  Interviewer,
  InterviewerFields,
  InterviewPrefs,
  Kit,
  KitFields,
  KitSummary,
  KitVersion,
  Role,
  RoleFields,
  RoleSettings,
} from '#shared/interviews/model';
import type { ReadableDB, WritableDB } from '../../db/access';
import { stmt } from './stmt';

// ---- preferences and interviewers ---------------------------------------------------

export function getPrefs(db: ReadableDB): InterviewPrefs {
  const row = stmt(db, 'SELECT self_interviewer_id, retention_days FROM interview_prefs WHERE id = 1').get() as {
    self_interviewer_id: string | null;
    retention_days: number;
  };
  return { selfInterviewerId: row.self_interviewer_id, retentionDays: row.retention_days };
}

export function setPrefs(db: WritableDB, prefs: InterviewPrefs): void {
  stmt(db, 'UPDATE interview_prefs SET self_interviewer_id = ?, retention_days = ? WHERE id = 1').run(
    prefs.selfInterviewerId,
    prefs.retentionDays,
  );
}

export function countDrafts(db: ReadableDB, interviewerId: string): number {
  return (
    stmt(db, "SELECT count(*) AS n FROM scorecards WHERE interviewer_id = ? AND status = 'draft'").get(
      interviewerId,
    ) as { n: number }
  ).n;
}

const SELECT_INTERVIEWER = `
  SELECT i.id, i.name, i.person_id AS personId,
    (SELECT count(*) FROM scorecards s WHERE s.interviewer_id = i.id) AS scorecardCount
  FROM interviewers i`;

export function listInterviewers(db: ReadableDB): Interviewer[] {
  return stmt(db, `${SELECT_INTERVIEWER} ORDER BY i.name COLLATE NOCASE`).all() as Interviewer[];
}

export function findInterviewer(db: ReadableDB, id: string): Interviewer | undefined {
  return stmt(db, `${SELECT_INTERVIEWER} WHERE i.id = ?`).get(id) as Interviewer | undefined;
}

export function findInterviewerByName(db: ReadableDB, name: string): Interviewer | undefined {
  return stmt(db, `${SELECT_INTERVIEWER} WHERE i.name = ? COLLATE NOCASE`).get(name) as Interviewer | undefined;
}

export function insertInterviewer(db: WritableDB, fields: InterviewerFields, now: string): string {
  const id = randomUUID();
  stmt(db, 'INSERT INTO interviewers (id, name, person_id, created_at) VALUES (?, ?, ?, ?)').run(
    id,
    fields.name,
    fields.personId,
    now,
  );
  return id;
}

// ---- roles -------------------------------------------------------------------------

interface RoleRow {
  id: string;
  title: string;
  level: string;
  retention_days: number | null;
  created_at: string;
  candidate_count: number;
}

function kitsOfRole(db: ReadableDB, roleId: string): KitSummary[] {
  return stmt(
    db,
    `SELECT k.id, v.stage, v.kind, v.version, v.id AS versionId
       FROM interview_kits k
       JOIN interview_kit_versions v ON v.kit_id = k.id
         AND v.version = (SELECT max(version) FROM interview_kit_versions WHERE kit_id = k.id)
       WHERE k.role_id = ? ORDER BY k.created_at, k.rowid`,
  ).all(roleId) as KitSummary[];
}

function toRole(db: ReadableDB, row: RoleRow): Role {
  const competencies = stmt(
    db,
    `SELECT id, name, description, ladder_competency_id AS ladderCompetencyId
       FROM interview_competencies WHERE role_id = ? ORDER BY position`,
  ).all(row.id) as Role['competencies'];
  return {
    id: row.id,
    title: row.title,
    level: row.level,
    retentionDays: row.retention_days,
    competencies,
    kits: kitsOfRole(db, row.id),
    candidateCount: row.candidate_count,
    createdAt: row.created_at,
  };
}

const SELECT_ROLE = `SELECT r.*, (SELECT count(*) FROM candidates c WHERE c.role_id = r.id) AS candidate_count FROM interview_roles r`;

export function listRoles(db: ReadableDB): Role[] {
  return (stmt(db, `${SELECT_ROLE} ORDER BY r.title COLLATE NOCASE`).all() as RoleRow[]).map((r) => toRole(db, r));
}

export function findRole(db: ReadableDB, id: string): Role | undefined {
  const row = stmt(db, `${SELECT_ROLE} WHERE r.id = ?`).get(id) as RoleRow | undefined;
  return row && toRole(db, row);
}

export function insertRole(db: WritableDB, fields: RoleFields, now: string): string {
  const id = randomUUID();
  stmt(db, 'INSERT INTO interview_roles (id, title, level, retention_days, created_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    fields.title,
    fields.level,
    fields.retentionDays,
    now,
  );
  const insert = stmt(
    db,
    'INSERT INTO interview_competencies (id, role_id, position, name, description, ladder_competency_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  fields.competencies.forEach((c, i) => insert.run(randomUUID(), id, i, c.name, c.description, c.ladderCompetencyId));
  return id;
}

export function updateRole(db: WritableDB, id: string, fields: RoleSettings): void {
  stmt(db, 'UPDATE interview_roles SET title = ?, level = ?, retention_days = ? WHERE id = ?').run(
    fields.title,
    fields.level,
    fields.retentionDays,
    id,
  );
}

// ---- kits --------------------------------------------------------------------------

export interface VersionRow {
  id: string;
  kit_id: string;
  version: number;
  stage: string;
  kind: KitVersion['kind'];
  content: string;
  created_at: string;
}

function toVersion(row: VersionRow): KitVersion {
  const content = JSON.parse(row.content) as Pick<KitVersion, 'items' | 'questions' | 'timePlan'>;
  return {
    id: row.id,
    kitId: row.kit_id,
    version: row.version,
    stage: row.stage,
    kind: row.kind,
    createdAt: row.created_at,
    ...content,
  };
}

/**
 * Kit versions are immutable (never updated, only deleted with their kit), so a parsed one
 * can be kept: debriefs and calibration read the same few versions thousands of times.
 * Keyed by the version's UUID, which no other database shares.
 */
const versionCache = new Map<string, KitVersion>();
const VERSION_CACHE_MAX = 500;

export function cached(row: VersionRow): KitVersion {
  let version = versionCache.get(row.id);
  if (!version) {
    if (versionCache.size >= VERSION_CACHE_MAX) versionCache.clear();
    version = toVersion(row);
    versionCache.set(row.id, version);
  }
  return version;
}

export function findKitVersion(db: ReadableDB, versionId: string): KitVersion | undefined {
  const hit = versionCache.get(versionId);
  if (hit) return hit;
  const row = stmt(db, 'SELECT * FROM interview_kit_versions WHERE id = ?').get(versionId) as VersionRow | undefined;
  return row && cached(row);
}

export function findKit(db: ReadableDB, id: string): Kit | undefined {
  const row = stmt(
    db,
    `SELECT k.role_id, r.title, v.*, (SELECT count(*) FROM interview_kit_versions WHERE kit_id = k.id) AS version_count
       FROM interview_kits k JOIN interview_roles r ON r.id = k.role_id
       JOIN interview_kit_versions v ON v.kit_id = k.id
       WHERE k.id = ? ORDER BY v.version DESC LIMIT 1`,
  ).get(id) as (VersionRow & { role_id: string; title: string; version_count: number }) | undefined;
  if (!row) return undefined;
  return { id, roleId: row.role_id, roleTitle: row.title, current: cached(row), versionCount: row.version_count };
}

/** Writes a new immutable version; item keys carry over by the caller's choice. */
export function insertKitVersion(
  db: WritableDB,
  kitId: string | null,
  roleId: string,
  fields: KitFields & { items: { key: string }[] },
  now: string,
): string {
  let id = kitId;
  if (id === null) {
    id = randomUUID();
    stmt(db, 'INSERT INTO interview_kits (id, role_id, created_at) VALUES (?, ?, ?)').run(id, roleId, now);
  }
  const next = (
    stmt(db, 'SELECT coalesce(max(version), 0) + 1 AS v FROM interview_kit_versions WHERE kit_id = ?').get(id) as {
      v: number;
    }
  ).v;
  const content = JSON.stringify({ items: fields.items, questions: fields.questions, timePlan: fields.timePlan });
  stmt(
    db,
    'INSERT INTO interview_kit_versions (id, kit_id, version, stage, kind, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(randomUUID(), id, next, fields.stage, fields.kind, content, now);
  return id;
}

// ---- candidates --------------------------------------------------------------------

export interface CandidateRow {
  id: string;
  role_id: string;
  role_title: string;
  name: string;
  stage: string;
  source: string;
  alias: string;
  created_at: string;
  retention_days: number;
}

const SELECT_CANDIDATE = `
  SELECT c.*, r.title AS role_title,
    coalesce(r.retention_days, (SELECT retention_days FROM interview_prefs WHERE id = 1)) AS retention_days
  FROM candidates c JOIN interview_roles r ON r.id = c.role_id`;

/** The day after which a candidate's data is due for erasure: created + retention days. */
export function retainUntil(createdAt: string, days: number): string {
  return addDays(createdAt.slice(0, 10), days);
}

export function toCandidate(row: CandidateRow, today: string): Candidate {
  const until = retainUntil(row.created_at, row.retention_days);
  return {
    id: row.id,
    roleId: row.role_id,
    roleTitle: row.role_title,
    name: row.name,
    stage: row.stage,
    source: row.source,
    alias: row.alias,
    createdAt: row.created_at,
    retainUntil: until,
    erasureDue: today >= until,
  };
}

export function listCandidates(db: ReadableDB, roleId: string | undefined, today: string): Candidate[] {
  const rows = (
    roleId
      ? stmt(db, `${SELECT_CANDIDATE} WHERE c.role_id = ? ORDER BY c.created_at, c.rowid`).all(roleId)
      : stmt(db, `${SELECT_CANDIDATE} ORDER BY c.created_at, c.rowid`).all()
  ) as CandidateRow[];
  return rows.map((r) => toCandidate(r, today));
}

export function findCandidate(db: ReadableDB, id: string, today: string): Candidate | undefined {
  const row = stmt(db, `${SELECT_CANDIDATE} WHERE c.id = ?`).get(id) as CandidateRow | undefined;
  return row && toCandidate(row, today);
}

/** A short random alias for blind grading; retried on the rare clash. */
function newAlias(db: ReadableDB): string {
  const taken = stmt(db, 'SELECT 1 FROM candidates WHERE alias = ?');
  for (let bytes = 2; ; bytes++) {
    for (let attempt = 0; attempt < 20; attempt++) {
      const alias = randomBytes(bytes).toString('hex').toUpperCase();
      if (!taken.get(alias)) return alias;
    }
  }
}

export function insertCandidate(db: WritableDB, roleId: string, fields: CandidateFields, now: string): string {
  const id = randomUUID();
  stmt(
    db,
    'INSERT INTO candidates (id, role_id, name, stage, source, alias, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(id, roleId, fields.name, fields.stage, fields.source, newAlias(db), now);
  return id;
}

export function updateCandidate(db: WritableDB, id: string, fields: CandidateFields): void {
  stmt(db, 'UPDATE candidates SET name = ?, stage = ?, source = ? WHERE id = ?').run(
    fields.name,
    fields.stage,
    fields.source,
    id,
  );
}

export function deleteCandidate(db: WritableDB, id: string): void {
  stmt(db, 'DELETE FROM candidates WHERE id = ?').run(id);
}
