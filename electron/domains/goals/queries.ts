import { randomUUID } from 'node:crypto';
import { isDueWithin, isOverdue, isStale } from '#shared/goals/flags';
import type { CheckIn, Goal, GoalFields, GoalStatus } from '#shared/goals/model';
import { findLevel } from '#shared/ladders/doc';
import type { ReadableDB, WritableDB } from '../../db/access';
import { ladderWording, onceEach } from '../ladders/queries';

interface GoalRow {
  id: string;
  person_id: string;
  title: string;
  why: string;
  ladder_id: string | null;
  target_level: string;
  competency_ids: string;
  success_criteria: string;
  due_date: string | null;
  status: Goal['status'];
  created_at: string;
  updated_at: string;
}

type LadderOf = (id: string) => ReturnType<typeof ladderWording>;

function toGoal(db: ReadableDB, row: GoalRow, today: string, ladderOf: LadderOf): Goal {
  const checkIns = (
    db
      .prepare(
        'SELECT id, checked_on, note, created_at FROM goal_checkins WHERE goal_id = ? ORDER BY checked_on DESC, created_at DESC',
      )
      .all(row.id) as {
      id: string;
      checked_on: string;
      note: string;
      created_at: string;
    }[]
  ).map((c): CheckIn => ({ id: c.id, checkedOn: c.checked_on, note: c.note, createdAt: c.created_at }));
  const competencyIds = JSON.parse(row.competency_ids) as string[];
  const ladder = row.ladder_id ? ladderOf(row.ladder_id) : undefined;
  const lastCheckInOn = checkIns[0]?.checkedOn ?? null;
  return {
    id: row.id,
    personId: row.person_id,
    title: row.title,
    why: row.why,
    ladderId: row.ladder_id,
    ladderName: ladder?.name ?? null,
    targetLevel: row.target_level,
    targetLevelName:
      ladder && row.target_level ? (findLevel(ladder.doc, row.target_level)?.name ?? row.target_level) : null,
    competencyIds,
    competencyNames: competencyIds.map((id) => ladder?.doc.competencies.find((c) => c.id === id)?.name ?? id),
    successCriteria: row.success_criteria,
    dueDate: row.due_date,
    status: row.status,
    checkIns,
    lastCheckInOn,
    overdue: isOverdue(row.status, row.due_date, today),
    stale: isStale(row.status, lastCheckInOn ?? row.created_at.slice(0, 10), today),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Open goals first, then by due date (undated last), then newest. */
const ORDER = `ORDER BY CASE WHEN status IN ('proposed', 'active') THEN 0 ELSE 1 END, due_date IS NULL, due_date, created_at DESC`;

export function listGoals(db: ReadableDB, personId: string, today: string): Goal[] {
  const ladderOf = onceEach((id) => ladderWording(db, id));
  return (db.prepare(`SELECT * FROM goals WHERE person_id = ? ${ORDER}`).all(personId) as GoalRow[]).map((r) =>
    toGoal(db, r, today, ladderOf),
  );
}

export function findGoal(db: ReadableDB, id: string, today: string): Goal | undefined {
  const row = db.prepare('SELECT * FROM goals WHERE id = ?').get(id) as GoalRow | undefined;
  return row && toGoal(db, row, today, (ladderId) => ladderWording(db, ladderId));
}

function params(fields: GoalFields) {
  return {
    title: fields.title,
    why: fields.why,
    ladder_id: fields.ladderId,
    target_level: fields.targetLevel,
    competency_ids: JSON.stringify([...new Set(fields.competencyIds)]),
    success_criteria: fields.successCriteria,
    due_date: fields.dueDate,
    status: fields.status,
  };
}

export function insertGoal(db: WritableDB, personId: string, fields: GoalFields, now: string): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO goals (id, person_id, title, why, ladder_id, target_level, competency_ids, success_criteria, due_date, status, created_at, updated_at)
     VALUES (@id, @person_id, @title, @why, @ladder_id, @target_level, @competency_ids, @success_criteria, @due_date, @status, @now, @now)`,
  ).run({ id, person_id: personId, now, ...params(fields) });
  return id;
}

export function updateGoal(db: WritableDB, id: string, fields: GoalFields, now: string): void {
  db.prepare(
    `UPDATE goals SET title = @title, why = @why, ladder_id = @ladder_id, target_level = @target_level,
       competency_ids = @competency_ids, success_criteria = @success_criteria, due_date = @due_date,
       status = @status, updated_at = @now
     WHERE id = @id`,
  ).run({ id, now, ...params(fields) });
}

export function setGoalStatus(db: WritableDB, id: string, status: GoalStatus, now: string): void {
  db.prepare('UPDATE goals SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id);
}

export function deleteGoal(db: WritableDB, id: string): void {
  db.prepare('DELETE FROM goals WHERE id = ?').run(id);
}

export function insertCheckIn(
  db: WritableDB,
  goal: Goal,
  fields: { checkedOn: string; note: string },
  now: string,
): void {
  db.prepare(
    'INSERT INTO goal_checkins (id, goal_id, person_id, checked_on, note, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(randomUUID(), goal.id, goal.personId, fields.checkedOn, fields.note, now);
  db.prepare('UPDATE goals SET updated_at = ? WHERE id = ?').run(now, goal.id);
}

/** Open goals due within `days` days from today (overdue ones included). */
export function dueWithin(goal: Goal, today: string, days: number): boolean {
  return isDueWithin(goal.status, goal.dueDate, today, days);
}
