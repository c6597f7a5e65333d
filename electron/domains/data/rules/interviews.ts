import { z } from 'zod';
import {
  candidateFieldsSchema,
  competencyFieldsSchema,
  decisionFieldsSchema,
  interviewerFieldsSchema,
  kitFieldsSchema,
  prefsSchema,
  ratingInputSchema,
  recommendationSchema,
  roleSettingsSchema,
  SCORECARD_SOURCES,
  SCORECARD_STATUSES,
  type Recommendation,
} from '#shared/interviews/model';
import { findKitVersion } from '../../interviews/queries';
import { checkComplete, matchRatings } from '../../interviews/ratingRules';
import { ratingsOf } from '../../interviews/scorecardQueries';
import {
  columnsMatch,
  fieldsMatch,
  firstProblem,
  moments,
  ref,
  refusedBy,
  type Row,
  type RuleContext,
  type TableRules,
} from './check';

/** A kit version's content with its stage and kind, as the kit editor saves it; every item keyed. */
function kitVersionProblem(row: Row) {
  let content: Record<string, unknown>;
  try {
    content = JSON.parse(String(row.content)) as Record<string, unknown>;
  } catch {
    return { field: 'content', message: 'is not readable JSON' };
  }
  const fields = kitFieldsSchema.safeParse({ stage: row.stage, kind: row.kind, ...content });
  if (!fields.success) {
    const issue = fields.error.issues[0]!;
    const inColumn = issue.path[0] === 'stage' || issue.path[0] === 'kind';
    return { field: inColumn ? String(issue.path[0]) : 'content', message: issue.message };
  }
  if (fields.data.items.some((item) => item.key === undefined))
    return { field: 'content', message: 'has a focus item without its key, so no score could find it' };
  return null;
}

/** The scorecard hangs together: its kit version is of its kit, the kit of the candidate's role. */
function scorecardLinks(row: Row, { db }: RuleContext) {
  const version = db
    .prepare('SELECT kit_id FROM interview_kit_versions WHERE id = ?')
    .pluck()
    .get(ref(row, 'kit_version_id'));
  if (version !== undefined && version !== row.kit_id)
    return { field: 'kit_version_id', message: 'is a version of another interview kit' };
  const kitRole = db.prepare('SELECT role_id FROM interview_kits WHERE id = ?').pluck().get(ref(row, 'kit_id'));
  const candidateRole = db.prepare('SELECT role_id FROM candidates WHERE id = ?').pluck().get(ref(row, 'candidate_id'));
  if (kitRole !== undefined && candidateRole !== undefined && kitRole !== candidateRole)
    return { field: 'kit_id', message: "is a kit of another role than the candidate's" };
  const kit = findKitVersion(db, String(row.kit_version_id));
  if (!kit) return null;
  const recommendation = row.recommendation as Recommendation | null;
  return firstProblem(
    // The rules interviews.saveScorecard applies before it marks a scorecard submitted.
    () =>
      refusedBy(
        () => 'id',
        () => matchRatings(kit, ratingsOf(db, String(row.id))),
        'has a rating that is ',
      ),
    () =>
      row.status === 'submitted'
        ? refusedBy(
            (field) => (field === 'recommendation' ? 'recommendation' : 'status'),
            () => checkComplete(kit, matchRatings(kit, ratingsOf(db, String(row.id))), recommendation),
            'is marked submitted, but Cairn submits a scorecard only when complete: ',
          )
        : null,
  );
}

export const interviewRules: Record<string, TableRules> = {
  interview_prefs: {
    own: (row) =>
      fieldsMatch(row, prefsSchema, { selfInterviewerId: 'self_interviewer_id', retentionDays: 'retention_days' }),
  },
  interview_roles: {
    own: (row) =>
      firstProblem(
        () => fieldsMatch(row, roleSettingsSchema, { title: 'title', level: 'level', retentionDays: 'retention_days' }),
        () => moments(row, 'created_at'),
      ),
  },
  interview_competencies: {
    own: (row) =>
      fieldsMatch(row, competencyFieldsSchema, {
        name: 'name',
        description: 'description',
        ladderCompetencyId: 'ladder_competency_id',
      }),
  },
  interview_kit_versions: {
    own: (row) =>
      firstProblem(
        () => kitVersionProblem(row),
        () => moments(row, 'created_at'),
      ),
  },
  interviewers: {
    own: (row) =>
      firstProblem(
        () => fieldsMatch(row, interviewerFieldsSchema, { name: 'name', personId: 'person_id' }),
        () => moments(row, 'created_at'),
      ),
  },
  candidates: {
    own: (row) =>
      firstProblem(
        () => fieldsMatch(row, candidateFieldsSchema, { name: 'name', stage: 'stage', source: 'source' }),
        () => moments(row, 'created_at'),
      ),
  },
  interview_decisions: {
    own: (row) =>
      firstProblem(
        () =>
          fieldsMatch(row, decisionFieldsSchema, {
            candidateId: 'candidate_id',
            kitId: 'kit_id',
            outcome: 'outcome',
            rationale: 'rationale',
          }),
        () => moments(row, 'decided_at'),
      ),
  },
  scorecards: {
    own: (row) =>
      firstProblem(
        () =>
          columnsMatch(row, {
            source: z.enum(SCORECARD_SOURCES, { message: 'must be own, entered or imported' }),
            status: z.enum(SCORECARD_STATUSES, { message: 'must be draft or submitted' }),
            recommendation: recommendationSchema.nullable(),
          }),
        () => moments(row, 'submitted_at', 'created_at', 'updated_at'),
        () =>
          row.status === 'submitted' && row.submitted_at === null
            ? { field: 'submitted_at', message: 'is missing: a submitted scorecard says when it was submitted' }
            : null,
      ),
    links: scorecardLinks,
  },
  scorecard_ratings: {
    own: (row) => fieldsMatch(row, ratingInputSchema, { itemKey: 'item_key', score: 'score', evidence: 'evidence' }),
  },
  scorecard_amendments: {
    own: (row) => moments(row, 'at'),
  },
};
