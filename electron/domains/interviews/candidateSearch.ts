import type { ReadableDB } from '../../db/access';
import { likePattern } from '../../db/like';
import { stmt } from './stmt';

export interface CandidateMatch {
  id: string;
  name: string;
  alias: string;
  roleTitle: string;
  stage: string;
}

/**
 * Candidates whose name or blind-grading alias contains the text (wildcards taken literally),
 * newest first. Candidates outer (CROSS JOIN): left to itself the planner read the roles first
 * and each role's candidates through candidates_role, a row lookup per candidate, half again
 * the cost of reading the table straight through (a director's 10 000 candidates, on every
 * keystroke in the palette).
 */
export function searchCandidates(db: ReadableDB, text: string, limit: number): CandidateMatch[] {
  return stmt(
    db,
    `SELECT c.id, c.name, c.alias, r.title AS roleTitle, c.stage
     FROM candidates c CROSS JOIN interview_roles r ON r.id = c.role_id
     WHERE c.name LIKE @p ESCAPE '\\' OR c.alias LIKE @p ESCAPE '\\'
     ORDER BY c.created_at DESC, c.id LIMIT @limit`,
  ).all({ p: likePattern(text), limit }) as CandidateMatch[];
}
