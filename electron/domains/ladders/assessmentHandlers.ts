import { assessmentView, type AssessmentFields, type EvidenceInput } from '#shared/ladders/assessment';
import { expectationOf, findLevel } from '#shared/ladders/doc';
import { meetingLabel } from '#shared/ladders/evidenceMeeting';
import type { LadderDoc } from '#shared/ladders/model';
import { scaleOf } from '#shared/ladders/scale';
import { promotionCaseMarkdown } from '#shared/ladders/promotionCase';
import type { QueryContext } from '../../ipc/context';
import { conflict, invalid, notFound } from '../../ipc/domainError';
import type { HandlerMap } from '../../ipc/handlers';
import { findMeeting } from '../oneOnOnes/queries';
import { requirePerson } from '../people/requirePerson';
import * as aq from './assessmentQueries';
import { requireLadder } from './handlers';

type AssessmentChannel =
  | 'assessments.list'
  | 'assessments.get'
  | 'assessments.create'
  | 'assessments.update'
  | 'assessments.delete'
  | 'assessments.promotionCase';

import { stamp, today } from '../clock';

type Dated = AssessmentFields & { assessedOn: string };

function requireAssessment(ctx: QueryContext, id: string) {
  const assessment = aq.findAssessment(ctx.db, id);
  if (!assessment) throw notFound('assessment');
  return assessment;
}

/**
 * Ratings and evidence must point at this version's competencies, each rated once; evidence
 * from a 1:1 must name one of this person's meetings. Exported for the full-export import,
 * which holds imported assessments to the same rules.
 */
export function checkFields(
  ctx: Pick<QueryContext, 'db' | 'now'>,
  doc: LadderDoc,
  personId: string,
  input: AssessmentFields,
): Dated {
  const fields = { ...input, assessedOn: input.assessedOn ?? today(ctx) };
  if (fields.assessedOn > today(ctx)) throw invalid('Cannot be in the future.', 'assessedOn');
  const level = findLevel(doc, fields.levelId);
  if (!level) throw invalid(`"${fields.levelId}" is not a level of ${doc.name}.`, 'levelId');
  const known = new Set(doc.competencies.map((c) => c.id));
  const rated = new Set<string>();
  const scale = scaleOf(doc);
  const steps = new Set(scale.steps.map((s) => s.id));
  fields.ratings.forEach((r, i) => {
    if (!steps.has(r.rating)) {
      const names = scale.steps.map((s) => s.name).join(', ');
      throw invalid(`"${r.rating}" is not a step of ${doc.name}'s rating scale (${names}).`, `ratings.${i}.rating`);
    }
    const field = `ratings.${i}.competencyId`;
    if (!known.has(r.competencyId)) throw invalid(`"${r.competencyId}" is not a competency of ${doc.name}.`, field);
    if (!expectationOf(doc, r.competencyId, fields.levelId)) {
      throw invalid(`This competency has no expectation at ${level.name}.`, field);
    }
    if (rated.has(r.competencyId)) throw invalid(`"${r.competencyId}" is rated twice.`, field);
    rated.add(r.competencyId);
  });
  fields.evidence.forEach((e, i) =>
    e.competencyIds.forEach((c, k) => {
      const field = `evidence.${i}.competencyIds.${k}`;
      if (!known.has(c)) throw invalid(`"${c}" is not a competency of ${doc.name}.`, field);
    }),
  );
  return {
    ...fields,
    evidence: fields.evidence.map((e, i) => withMeeting(ctx, personId, e, `evidence.${i}.meetingId`)),
  };
}

/**
 * The label is taken from the meeting's date, not from the caller, so it stays true and
 * readable after the meeting is erased (the link then goes; see findAssessment).
 */
function withMeeting(ctx: Pick<QueryContext, 'db'>, personId: string, e: EvidenceInput, field: string): EvidenceInput {
  if (!e.meetingId) return { ...e, meetingId: null };
  const meeting = findMeeting(ctx.db, e.meetingId);
  if (!meeting) throw invalid(`There is no such 1:1 meeting.`, field);
  if (meeting.person_id !== personId) throw invalid(`This 1:1 is with someone else.`, field);
  return { ...e, meetingLabel: meetingLabel(meeting.date) };
}

export const assessmentHandlers: HandlerMap<AssessmentChannel> = {
  'assessments.list': (ctx, { personId }) => {
    requirePerson(ctx, personId);
    return aq.listAssessments(ctx.db, personId);
  },
  // The window gets the assessment with what its screens show of the ladder, never the whole document.
  'assessments.get': (ctx, { id }) => assessmentView(requireAssessment(ctx, id)),
  'assessments.create': (ctx, { personId, fields }) => {
    requirePerson(ctx, personId);
    const ladder = requireLadder(ctx, fields.ladderId);
    const dated = checkFields(ctx, ladder.doc, personId, fields);
    return assessmentView(
      requireAssessment(ctx, aq.insertAssessment(ctx.db, personId, ladder.currentVersionId, dated, stamp(ctx))),
    );
  },
  'assessments.update': (ctx, { id, fields }) => {
    const assessment = requireAssessment(ctx, id);
    if (fields.ladderId !== assessment.ladderId)
      throw conflict('An assessment stays on the ladder it was made with.', 'ladderId');
    // Checked against the version it was made with: its wording does not change under it.
    const dated = checkFields(ctx, assessment.doc, assessment.personId, fields);
    aq.updateAssessment(ctx.db, id, assessment.personId, dated, stamp(ctx));
    return assessmentView(requireAssessment(ctx, id));
  },
  'assessments.delete': (ctx, { id }) => {
    requireAssessment(ctx, id);
    aq.deleteAssessment(ctx.db, id);
    return { deleted: true };
  },
  'assessments.promotionCase': (ctx, { id }) => {
    const assessment = requireAssessment(ctx, id);
    const person = requirePerson(ctx, assessment.personId);
    const slug =
      person.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'person';
    return {
      fileBaseName: `promotion-case-${slug}-${assessment.assessedOn}`,
      markdown: promotionCaseMarkdown(person.name, assessment),
    };
  },
};
