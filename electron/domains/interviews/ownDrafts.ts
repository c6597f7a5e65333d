import type { HomeScorecard } from '#shared/home/model';
import type { ReadableDB } from '../../db/access';
import { candidateLabel } from './access';
import { getPrefs } from './queries';
import { stmt } from './stmt';

interface DraftRow {
  id: string;
  candidate_id: string;
  name: string;
  alias: string;
  role_title: string;
  stage: string;
  kind: 'interview' | 'work_sample';
  created_at: string;
}

/**
 * The manager's own scorecards still in draft, oldest first: the ones that keep their debriefs closed.
 * "Own" is the panel member Interviews settings name as self; none are found until one is set.
 * A work-sample stage is graded blind, so it is listed by the candidate's alias (candidateLabel).
 */
export function ownDraftScorecards(db: ReadableDB): { selfSet: boolean; drafts: HomeScorecard[] } {
  const self = getPrefs(db).selfInterviewerId;
  if (!self) return { selfSet: false, drafts: [] };
  const rows = stmt(
    db,
    `SELECT s.id, s.candidate_id, c.name, c.alias, r.title AS role_title, v.stage, v.kind, s.created_at
     FROM scorecards s
     JOIN candidates c ON c.id = s.candidate_id
     JOIN interview_roles r ON r.id = c.role_id
     JOIN interview_kit_versions v ON v.id = s.kit_version_id
     WHERE s.interviewer_id = ? AND s.status = 'draft'
     ORDER BY s.created_at, c.name COLLATE NOCASE, v.stage, s.id`,
  ).all(self) as DraftRow[];
  return {
    selfSet: true,
    drafts: rows.map((r) => ({
      scorecardId: r.id,
      candidateId: r.candidate_id,
      candidateLabel: candidateLabel(r, r.kind),
      roleTitle: r.role_title,
      stage: r.stage,
      createdAt: r.created_at,
    })),
  };
}
