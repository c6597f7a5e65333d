import type { Candidate, Decision, KitVersion } from '../../../shared/interviews/model';
import type { Db } from '../../db/open';
import { cached, toCandidate, type CandidateRow, type VersionRow } from './queries';
import { stmt } from './stmt';

export interface DebriefContext {
  candidate: Candidate;
  selfInterviewerId: string | null;
  /** Null when no kit has that id. */
  kit: { roleId: string; roleTitle: string; current: KitVersion } | null;
  decision: Decision | null;
}

type Row = CandidateRow & {
  self_interviewer_id: string | null;
  kit_role_id: string | null;
  kit_role_title: string | null;
  v_id: string | null;
  v_version: number;
  v_stage: string;
  v_kind: VersionRow['kind'];
  v_content: string;
  v_created_at: string;
  outcome: Decision['outcome'] | null;
  rationale: string;
  decided_at: string;
};

/**
 * Everything a debrief needs besides the scorecards, in one indexed query: the debrief is
 * opened for every candidate of a role in turn, and each round trip counts (see the bench).
 */
export function debriefContext(db: Db, candidateId: string, kitId: string, today: string): DebriefContext | undefined {
  const row = stmt(
    db,
    `SELECT c.*, r.title AS role_title, coalesce(r.retention_days, p.retention_days) AS retention_days,
       p.self_interviewer_id, k.role_id AS kit_role_id, kr.title AS kit_role_title,
       v.id AS v_id, v.version AS v_version, v.stage AS v_stage, v.kind AS v_kind, v.content AS v_content, v.created_at AS v_created_at,
       d.outcome, d.rationale, d.decided_at
     FROM candidates c
     JOIN interview_roles r ON r.id = c.role_id
     JOIN interview_prefs p ON p.id = 1
     LEFT JOIN interview_kits k ON k.id = @kitId
     LEFT JOIN interview_roles kr ON kr.id = k.role_id
     LEFT JOIN interview_kit_versions v ON v.kit_id = k.id
       AND v.version = (SELECT max(version) FROM interview_kit_versions WHERE kit_id = k.id)
     LEFT JOIN interview_decisions d ON d.candidate_id = c.id AND d.kit_id = @kitId
     WHERE c.id = @candidateId`,
  ).get({ candidateId, kitId }) as Row | undefined;
  if (!row) return undefined;
  const current =
    row.v_id === null
      ? null
      : cached({ id: row.v_id, kit_id: kitId, version: row.v_version, stage: row.v_stage, kind: row.v_kind, content: row.v_content, created_at: row.v_created_at });
  return {
    candidate: toCandidate(row, today),
    selfInterviewerId: row.self_interviewer_id,
    kit: current && row.kit_role_id ? { roleId: row.kit_role_id, roleTitle: row.kit_role_title!, current } : null,
    decision: row.outcome ? { kitId, outcome: row.outcome, rationale: row.rationale, decidedAt: row.decided_at } : null,
  };
}
