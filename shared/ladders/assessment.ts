import { z } from 'zod';
import { idSchema, isoDateSchema, optionalText, requiredText } from '../schemas/fields';
import { competenciesAtLevel, expectationOf } from './doc';
import { ladderKeySchema, type LadderDoc, type Level } from './model';
import { scaleOf, type Rating, type RatingScale, type RatingStep } from './scale';

export const ratingInputSchema = z.strictObject({
  competencyId: ladderKeySchema,
  /** A step of the ladder version's scale; the store checks which (a schema cannot know the ladder). */
  rating: z
    .string({ message: "Choose one of the steps of the ladder's scale." })
    .trim()
    .min(1, "Choose one of the steps of the ladder's scale.")
    .max(60, "Choose one of the steps of the ladder's scale."),
  note: optionalText('Note', 4000),
});

export const evidenceInputSchema = z.strictObject({
  text: requiredText('Evidence', 4000),
  competencyIds: z
    .array(ladderKeySchema, { message: 'must be a list of competencies' })
    .min(1, 'Link the evidence to at least one competency.')
    .max(100),
  seenOn: isoDateSchema.nullable(),
  /** A 1:1 meeting this was seen in. Kept as a plain reference: the 1:1 domain owns meetings. */
  meetingId: z.string().trim().max(100, 'must be at most 100 characters').nullable(),
  meetingLabel: optionalText('1:1 label', 200),
});
export type EvidenceInput = z.output<typeof evidenceInputSchema>;

export const assessmentFieldsSchema = z.strictObject({
  ladderId: idSchema,
  /** The level rated against: the person's own or a target level. */
  levelId: ladderKeySchema,
  /** Null means today (the store's today, so tests can move it). */
  assessedOn: isoDateSchema.nullable(),
  summary: optionalText('Summary', 4000),
  ratings: z.array(ratingInputSchema, { message: 'must be a list of ratings' }).max(400),
  evidence: z.array(evidenceInputSchema, { message: 'must be a list of evidence' }).max(300),
});
export type AssessmentFields = z.output<typeof assessmentFieldsSchema>;
export type AssessmentFieldsInput = z.input<typeof assessmentFieldsSchema>;

export interface Evidence extends EvidenceInput {
  id: string;
}

interface AssessmentFieldsOut {
  id: string;
  personId: string;
  ladderId: string;
  ladderName: string;
  versionId: string;
  versionNumber: number;
  levelId: string;
  assessedOn: string;
  summary: string;
  ratings: { competencyId: string; rating: Rating; note: string }[];
  evidence: Evidence[];
  createdAt: string;
  updatedAt: string;
}

/**
 * What the assessment screens show of the ladder version an assessment was made against (its
 * wording, not today's): a few KB, where the whole document is 100 KB and more at scale.
 */
export interface AssessmentLadder {
  /** Every level of the version, in ladder order: names of the assessed level and the next. */
  levels: Level[];
  /** Every competency of the version by name, in ladder order (ratings, evidence, comparisons). */
  competencies: { id: string; name: string }[];
  /** What the assessed level expects of each competency it rates, in ladder order. */
  expected: { competencyId: string; text: string }[];
  /** The scale the assessment was rated on: the version's own, or the standard one. */
  scale: RatingScale;
}

/** An assessment as the window gets it. */
export interface Assessment extends AssessmentFieldsOut {
  ladder: AssessmentLadder;
}

/** An assessment with the whole ladder document it was made against: main-process use only (checks, promotion case, export). */
export interface AssessmentRecord extends AssessmentFieldsOut {
  doc: LadderDoc;
}

export function assessmentLadder(doc: LadderDoc, levelId: string): AssessmentLadder {
  return {
    levels: doc.levels,
    competencies: doc.competencies.map((c) => ({ id: c.id, name: c.name })),
    expected: competenciesAtLevel(doc, levelId).map((c) => ({
      competencyId: c.id,
      text: expectationOf(doc, c.id, levelId)!.text,
    })),
    scale: scaleOf(doc),
  };
}

/** The window's shape of a stored assessment. */
export function assessmentView({ doc, ...rest }: AssessmentRecord): Assessment {
  return { ...rest, ladder: assessmentLadder(doc, rest.levelId) };
}

export const ladderOfAssessment = (a: Assessment | AssessmentRecord): AssessmentLadder =>
  'ladder' in a ? a.ladder : assessmentLadder(a.doc, a.levelId);

export interface AssessmentSummary {
  id: string;
  ladderId: string;
  ladderName: string;
  versionNumber: number;
  levelId: string;
  levelName: string;
  assessedOn: string;
  /** How many competencies were rated on each step of the assessment's own scale, lowest first. */
  counts: { step: RatingStep; count: number }[];
  evidence: number;
}
