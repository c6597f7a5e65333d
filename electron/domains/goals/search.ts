import type { GoalStatus } from '#shared/goals/model';
import type { ReadableDB } from '../../db/access';
import { likePattern } from '../../db/like';

export interface GoalMatch {
  id: string;
  personId: string;
  personName: string;
  title: string;
  status: GoalStatus;
}

/** Goals whose title contains the text (wildcards taken literally), open ones first. */
export function searchGoalsByTitle(db: ReadableDB, text: string, limit: number): GoalMatch[] {
  return db
    .prepare(
      `SELECT g.id, g.person_id AS personId, p.name AS personName, g.title, g.status
       FROM goals g JOIN people p ON p.id = g.person_id
       WHERE g.title LIKE ? ESCAPE '\\'
       ORDER BY CASE WHEN g.status IN ('proposed', 'active') THEN 0 ELSE 1 END, g.title COLLATE NOCASE, g.id LIMIT ?`,
    )
    .all(likePattern(text), limit) as GoalMatch[];
}
