import { randomUUID } from 'node:crypto';
import type {
  FitCheck,
  FocusArea,
  FocusAreaInput,
  PairFields,
  PairStatus,
  Preferences,
  PreferencesFields,
  Session,
  SessionInput,
} from '#shared/mentoring/model';
import { normaliseTerm } from '#shared/mentoring/matching';
import type { ReadableDB, WritableDB } from '../../db/access';

export interface PairRow {
  id: string;
  mentor_id: string;
  mentor_name: string;
  mentee_id: string;
  mentee_name: string;
  status: PairStatus;
  goals: string;
  expectations: string;
  cadence_days: number;
  start_date: string;
  planned_end: string | null;
  end_reason: string;
  ended_on: string | null;
  created_at: string;
  session_count: number;
  last_session: string | null;
  first_fit: FitCheck | null;
}

/** A pair's agreement and how it ended, as every answer about a pair names them. */
export function pairTerms(row: PairRow) {
  return {
    goals: row.goals,
    expectations: row.expectations,
    cadenceDays: row.cadence_days,
    startDate: row.start_date,
    plannedEnd: row.planned_end,
    endReason: row.end_reason,
    endedOn: row.ended_on,
  };
}

const SELECT_PAIR = `
  SELECT mp.*, mr.name AS mentor_name, me.name AS mentee_name,
    (SELECT count(*) FROM mentoring_sessions s WHERE s.pair_id = mp.id) AS session_count,
    (SELECT max(s.date) FROM mentoring_sessions s WHERE s.pair_id = mp.id) AS last_session,
    (SELECT s.fit FROM mentoring_sessions s WHERE s.pair_id = mp.id ORDER BY s.date, s.created_at LIMIT 1) AS first_fit
  FROM mentoring_pairs mp
  JOIN people mr ON mr.id = mp.mentor_id
  JOIN people me ON me.id = mp.mentee_id`;

/** Every pair, or one person's; `activeOnly` leaves out ended pairs before their sessions are counted. */
export function listPairRows(db: ReadableDB, personId?: string, activeOnly = false): PairRow[] {
  const where = [
    ...(personId ? ['(mp.mentor_id = @personId OR mp.mentee_id = @personId)'] : []),
    ...(activeOnly ? ["mp.status = 'active'"] : []),
  ];
  return db
    .prepare(`${SELECT_PAIR} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY mp.created_at, mp.id`)
    .all(personId ? { personId } : {}) as PairRow[];
}

export function findPairRow(db: ReadableDB, id: string): PairRow | undefined {
  return db.prepare(`${SELECT_PAIR} WHERE mp.id = ?`).get(id) as PairRow | undefined;
}

/** An open (not ended) pair of these two people, if one exists. */
export function findOpenPair(db: ReadableDB, mentorId: string, menteeId: string): { id: string } | undefined {
  return db
    .prepare(`SELECT id FROM mentoring_pairs WHERE mentor_id = ? AND mentee_id = ? AND status <> 'ended'`)
    .get(mentorId, menteeId) as { id: string } | undefined;
}

export function openPairKeys(db: ReadableDB): Set<string> {
  const rows = db.prepare(`SELECT mentor_id, mentee_id FROM mentoring_pairs WHERE status <> 'ended'`).all() as {
    mentor_id: string;
    mentee_id: string;
  }[];
  return new Set(rows.map((r) => `${r.mentor_id}:${r.mentee_id}`));
}

export function focusAreasByPair(db: ReadableDB, pairIds: string[]): Map<string, FocusArea[]> {
  const out = new Map<string, FocusArea[]>(pairIds.map((id) => [id, []]));
  if (!pairIds.length) return out;
  const rows = db
    .prepare(
      `SELECT id, pair_id, name, competency_id FROM mentoring_focus_areas
       WHERE pair_id IN (SELECT value FROM json_each(?)) ORDER BY pair_id, position`,
    )
    .all(JSON.stringify(pairIds)) as { id: string; pair_id: string; name: string; competency_id: string | null }[];
  for (const r of rows) out.get(r.pair_id)?.push({ id: r.id, name: r.name, competencyId: r.competency_id });
  return out;
}

export function insertPair(
  db: WritableDB,
  input: { mentorId: string; menteeId: string; status: PairStatus; fields: PairFields },
  now: string,
): string {
  const id = randomUUID();
  const a = input.fields.agreement;
  db.prepare(
    `INSERT INTO mentoring_pairs (id, mentor_id, mentee_id, status, goals, expectations, cadence_days, start_date,
       planned_end, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.mentorId,
    input.menteeId,
    input.status,
    input.fields.goals,
    a.expectations,
    a.cadenceDays,
    a.startDate,
    a.plannedEnd,
    now,
    now,
  );
  replaceFocusAreas(db, id, input.fields.focusAreas);
  return id;
}

/**
 * Keeps the id (and so the progress notes) of every focus area whose name stays, drops the
 * removed ones and adds the new ones, in the order given.
 */
export function replaceFocusAreas(db: WritableDB, pairId: string, areas: FocusAreaInput[]): void {
  const existing = db.prepare('SELECT id, name FROM mentoring_focus_areas WHERE pair_id = ?').all(pairId) as {
    id: string;
    name: string;
  }[];
  const byName = new Map(existing.map((e) => [normaliseTerm(e.name), e.id]));
  const kept = new Set<string>();
  const upsert = db.prepare(
    `INSERT INTO mentoring_focus_areas (id, pair_id, position, name, competency_id) VALUES (@id, @pairId, @position, @name, @competencyId)
     ON CONFLICT (id) DO UPDATE SET position = excluded.position, name = excluded.name, competency_id = excluded.competency_id`,
  );
  areas.forEach((area, position) => {
    const id = byName.get(normaliseTerm(area.name)) ?? randomUUID();
    kept.add(id);
    upsert.run({ id, pairId, position, name: area.name, competencyId: area.competencyId });
  });
  const remove = db.prepare('DELETE FROM mentoring_focus_areas WHERE id = ?');
  for (const e of existing) if (!kept.has(e.id)) remove.run(e.id);
}

export function updatePair(db: WritableDB, id: string, fields: PairFields, now: string): void {
  const a = fields.agreement;
  db.prepare(
    `UPDATE mentoring_pairs SET goals = ?, expectations = ?, cadence_days = ?, start_date = ?, planned_end = ?, updated_at = ?
     WHERE id = ?`,
  ).run(fields.goals, a.expectations, a.cadenceDays, a.startDate, a.plannedEnd, now, id);
  replaceFocusAreas(db, id, fields.focusAreas);
}

export function setPairStatus(
  db: WritableDB,
  id: string,
  status: PairStatus,
  endReason: string,
  endedOn: string | null,
  now: string,
): void {
  db.prepare('UPDATE mentoring_pairs SET status = ?, end_reason = ?, ended_on = ?, updated_at = ? WHERE id = ?').run(
    status,
    endReason,
    endedOn,
    now,
    id,
  );
}

export function listSessions(db: ReadableDB, pairId: string): Session[] {
  const sessions = db
    .prepare('SELECT * FROM mentoring_sessions WHERE pair_id = ? ORDER BY date DESC, created_at DESC')
    .all(pairId) as {
    id: string;
    pair_id: string;
    date: string;
    notes: string;
    takeaways: string;
    fit: FitCheck | null;
    created_at: string;
  }[];
  const progress = db
    .prepare(
      `SELECT sp.session_id, sp.focus_area_id, sp.note, fa.name FROM mentoring_session_progress sp
       JOIN mentoring_focus_areas fa ON fa.id = sp.focus_area_id
       WHERE fa.pair_id = ? ORDER BY fa.position`,
    )
    .all(pairId) as { session_id: string; focus_area_id: string; note: string; name: string }[];
  return sessions.map((s) => ({
    id: s.id,
    pairId: s.pair_id,
    date: s.date,
    notes: s.notes,
    takeaways: s.takeaways,
    fit: s.fit,
    createdAt: s.created_at,
    progress: progress
      .filter((p) => p.session_id === s.id)
      .map((p) => ({ focusAreaId: p.focus_area_id, focusArea: p.name, note: p.note })),
  }));
}

export function insertSession(db: WritableDB, input: SessionInput, now: string): string {
  const id = randomUUID();
  db.prepare(
    'INSERT INTO mentoring_sessions (id, pair_id, date, notes, takeaways, fit, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(id, input.pairId, input.date, input.notes, input.takeaways, input.fit, now);
  const add = db.prepare('INSERT INTO mentoring_session_progress (session_id, focus_area_id, note) VALUES (?, ?, ?)');
  for (const p of input.progress) if (p.note) add.run(id, p.focusAreaId, p.note);
  return id;
}

export function deleteSession(db: WritableDB, id: string): number {
  return db.prepare('DELETE FROM mentoring_sessions WHERE id = ?').run(id).changes;
}

interface PrefRow {
  person_id: string;
  name: string;
  wants_to_mentor: number;
  wants_mentor: number;
  strengths: string;
  interests: string;
  capacity: number;
  manager_id: string | null;
  manager_name: string | null;
  open_mentees: number;
}

const SELECT_PREFS = `
  SELECT pr.*, p.name, m.name AS manager_name,
    (SELECT count(*) FROM mentoring_pairs mp WHERE mp.mentor_id = pr.person_id AND mp.status <> 'ended') AS open_mentees
  FROM mentoring_preferences pr
  JOIN people p ON p.id = pr.person_id
  LEFT JOIN people m ON m.id = pr.manager_id`;

function toPreferences(r: PrefRow): Preferences {
  return {
    personId: r.person_id,
    name: r.name,
    wantsToMentor: r.wants_to_mentor === 1,
    wantsMentor: r.wants_mentor === 1,
    strengths: JSON.parse(r.strengths) as string[],
    interests: JSON.parse(r.interests) as string[],
    capacity: r.capacity,
    managerId: r.manager_id,
    managerName: r.manager_name,
    openMentees: r.open_mentees,
  };
}

/** Preferences of active people only: someone who left is not matched. */
export function listPreferences(db: ReadableDB): Preferences[] {
  return (
    db.prepare(`${SELECT_PREFS} WHERE p.status = 'active' ORDER BY p.name COLLATE NOCASE, p.id`).all() as PrefRow[]
  ).map(toPreferences);
}

export function findPreferences(db: ReadableDB, personId: string): Preferences | undefined {
  const row = db.prepare(`${SELECT_PREFS} WHERE pr.person_id = ?`).get(personId) as PrefRow | undefined;
  return row && toPreferences(row);
}

export function upsertPreferences(db: WritableDB, personId: string, f: PreferencesFields, now: string): void {
  db.prepare(
    `INSERT INTO mentoring_preferences (person_id, wants_to_mentor, wants_mentor, strengths, interests, capacity, manager_id, updated_at)
     VALUES (@personId, @wtm, @wm, @strengths, @interests, @capacity, @managerId, @now)
     ON CONFLICT (person_id) DO UPDATE SET wants_to_mentor = excluded.wants_to_mentor, wants_mentor = excluded.wants_mentor,
       strengths = excluded.strengths, interests = excluded.interests, capacity = excluded.capacity,
       manager_id = excluded.manager_id, updated_at = excluded.updated_at`,
  ).run({
    personId,
    wtm: f.wantsToMentor ? 1 : 0,
    wm: f.wantsMentor ? 1 : 0,
    strengths: JSON.stringify(f.strengths),
    interests: JSON.stringify(f.interests),
    capacity: f.capacity,
    managerId: f.managerId,
    now,
  });
}

export function countOpenMentees(db: ReadableDB, mentorId: string): number {
  return (
    db.prepare(`SELECT count(*) AS n FROM mentoring_pairs WHERE mentor_id = ? AND status <> 'ended'`).get(mentorId) as {
      n: number;
    }
  ).n;
}
