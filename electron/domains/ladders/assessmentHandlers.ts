import { assessmentView, type AssessmentFields, type EvidenceInput } from '#shared/ladders/assessment';
import { meetingLabel } from '#shared/ladders/evidenceMeeting';
import type { LadderDoc } from '#shared/ladders/model';
import { assessmentProblems, ratingRulesOf } from '#shared/ladders/rules';
import { promotionCaseMarkdown } from '#shared/ladders/promotionCase';
import type { QueryContext } from '../../ipc/context';
import { conflict, invalid, notFound, refuse } from '../../ipc/domainError';
import type { HandlerMap } from '../../ipc/handlers';
import { findMeeting } from '../oneOnOnes/queries';
import { fileSlug } from '../fileSlug';
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

import { stamp, today, type ClockContext } from '../clock';

type Dated = AssessmentFields & { assessedOn: string };

function requireAssessment(ctx: QueryContext, id: string) {
  const assessment = aq.findAssessment(ctx.db, id);
  if (!assessment) throw notFound('assessment');
  return assessment;
}

/**
 * The shared rating rules (shared/ladders/rules.ts, which the form checks too) against the
 * version rated on; evidence from a 1:1 must name one of this person's meetings. Exported
 * for the full-export import, which holds imported assessments to the same rules.
 */
export function checkFields(
  ctx: Pick<QueryContext, 'db'> & ClockContext,
  doc: LadderDoc,
  personId: string,
  input: AssessmentFields,
): Dated {
  const fields = { ...input, assessedOn: input.assessedOn ?? today(ctx) };
  refuse(assessmentProblems(ratingRulesOf(doc, fields.levelId), fields, today(ctx)));
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
    return {
      fileBaseName: `promotion-case-${fileSlug(person.name, 'person')}-${assessment.assessedOn}`,
      markdown: promotionCaseMarkdown(person.name, assessment),
    };
  },
};
