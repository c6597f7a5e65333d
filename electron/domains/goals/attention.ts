import { isDueWithin, isOverdue, isStale } from '#shared/goals/flags';
import type { HomeGoal } from '#shared/home/model';
import type { ReadableDB } from '../../db/access';

interface OpenGoalRow {
  id: string;
  person_id: string;
  person_name: string;
  title: string;
  status: HomeGoal['status'];
  due_date: string | null;
  created_on: string;
  last_check_in: string | null;
}

/**
 * Open goals of active people that need looking at: due soon or overdue, or stale. The flags
 * are the goals domain's own rules (shared/goals/flags.ts), the same ones the person page and
 * the prep view show; this reads only the columns they need, across everyone at once.
 * Overdue first, then due soonest, then stale ones.
 */
export function goalsNeedingAttention(db: ReadableDB, today: string): HomeGoal[] {
  const rows = db
    .prepare(
      `SELECT g.id, g.person_id, p.name AS person_name, g.title, g.status, g.due_date, substr(g.created_at, 1, 10) AS created_on,
         (SELECT max(c.checked_on) FROM goal_checkins c WHERE c.goal_id = g.id) AS last_check_in
       FROM goals g JOIN people p ON p.id = g.person_id
       WHERE g.status IN ('proposed', 'active') AND p.status = 'active'`,
    )
    .all() as OpenGoalRow[];
  const out: HomeGoal[] = [];
  for (const r of rows) {
    const goal: HomeGoal = {
      goalId: r.id,
      personId: r.person_id,
      personName: r.person_name,
      title: r.title,
      status: r.status,
      dueDate: r.due_date,
      overdue: isOverdue(r.status, r.due_date, today),
      stale: isStale(r.status, r.last_check_in ?? r.created_on, today),
      dueSoon: isDueWithin(r.status, r.due_date, today),
    };
    if (goal.overdue || goal.dueSoon || goal.stale) out.push(goal);
  }
  const rank = (g: HomeGoal) => (g.overdue ? 0 : g.dueSoon ? 1 : 2);
  return out.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.personName.localeCompare(b.personName) ||
      a.title.localeCompare(b.title),
  );
}
