import type { GoalStatus } from '#shared/goals/model';
import type { ReadableDB } from '../../db/access';
import { likePattern } from '../../db/like';
import { stmt } from '../../db/statements';

export interface GoalMatch {
  id: string;
  personId: string;
  personName: string;
  title: string;
  status: GoalStatus;
}

/**
 * Goals whose title contains the text (wildcards taken literally), open ones first. Read in
 * that order from its index (migration 019, whose expression the ORDER BY repeats exactly) and
 * stopped at `limit` matches: named (INDEXED BY) and goals outer (CROSS JOIN), so that no planner
 * estimate on a store without statistics trades the walk for a sort.
 */
export const GOALS_BY_TITLE = `SELECT g.id, g.person_id AS personId, p.name AS personName, g.title, g.status
  FROM goals g INDEXED BY goals_palette_order CROSS JOIN people p ON p.id = g.person_id
  WHERE g.title LIKE ? ESCAPE '\\'
  ORDER BY CASE WHEN g.status IN ('proposed', 'active') THEN 0 ELSE 1 END, g.title COLLATE NOCASE, g.id LIMIT ?`;

export function searchGoalsByTitle(db: ReadableDB, text: string, limit: number): GoalMatch[] {
  return stmt(db, GOALS_BY_TITLE).all(likePattern(text), limit) as GoalMatch[];
}
