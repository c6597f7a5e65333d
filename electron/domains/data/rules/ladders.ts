import { assessmentFieldsSchema, ratingInputSchema } from '#shared/ladders/assessment';
import { ladderDocSchema, ladderDocShape } from '#shared/ladders/model';
import { findAssessment } from '../../ladders/assessmentQueries';
import { checkFields } from '../../ladders/assessmentHandlers';
import {
  columnsMatch,
  firstProblem,
  jsonMatches,
  moments,
  ref,
  refusedBy,
  samePerson,
  type Row,
  type RuleContext,
  type TableRules,
} from './check';

/** Where a refusal of the assessment form's rules lands among the assessment's columns. */
const assessmentColumn = (field: string | undefined): string =>
  field?.startsWith('ratings')
    ? 'ratings'
    : field?.startsWith('evidence')
      ? 'evidence'
      : field === 'levelId'
        ? 'level_id'
        : field === 'assessedOn'
          ? 'assessed_on'
          : (field ?? 'id');

/** An assessment, its ratings and evidence as one: the rules assessments.create applies. */
function assessmentLinks(row: Row, ctx: RuleContext) {
  const record = findAssessment(ctx.db, String(row.id));
  if (!record) return null;
  const input = {
    ladderId: record.ladderId,
    levelId: record.levelId,
    assessedOn: record.assessedOn,
    summary: record.summary,
    ratings: record.ratings,
    evidence: record.evidence.map(({ id: _id, ...e }) => e),
  };
  const shape = assessmentFieldsSchema.safeParse(input);
  if (!shape.success) {
    const issue = shape.error.issues[0]!;
    return { field: assessmentColumn(issue.path.join('.')), message: issue.message };
  }
  return refusedBy(assessmentColumn, () => checkFields(ctx, record.doc, record.personId, shape.data));
}

export const ladderRules: Record<string, TableRules> = {
  ladder_versions: {
    own: (row) =>
      firstProblem(
        () => jsonMatches(row, 'doc', ladderDocSchema),
        () => moments(row, 'created_at'),
      ),
  },
  ladders: {
    own: (row) =>
      firstProblem(
        () => columnsMatch(row, { name: ladderDocShape.shape.name }),
        () => moments(row, 'created_at', 'updated_at'),
      ),
    links: (row, { db }) => {
      const owner = db
        .prepare('SELECT ladder_id FROM ladder_versions WHERE id = ?')
        .pluck()
        .get(ref(row, 'current_version_id'));
      return owner === row.id
        ? null
        : { field: 'current_version_id', message: 'is not a version of this ladder, so the ladder could not be shown' };
    },
  },
  assessments: {
    own: (row) => moments(row, 'created_at', 'updated_at'),
    links: assessmentLinks,
  },
  // A rating's step is checked against its version's scale with the assessment (checkFields).
  assessment_ratings: {
    own: (row) => columnsMatch(row, { rating: ratingInputSchema.shape.rating }),
  },
  assessment_evidence: {
    links: (row, { db }) =>
      samePerson(db, row, 'assessment_id', 'SELECT person_id FROM assessments WHERE id = ?', 'an assessment'),
  },
};
