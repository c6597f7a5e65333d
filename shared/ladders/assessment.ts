import { z } from 'zod';
import { idSchema, isoDateSchema, optionalText, requiredText } from '../schemas/fields';
import { ladderKeySchema, RATINGS, type LadderDoc, type Rating } from './model';

export const ratingInputSchema = z.strictObject({
  competencyId: ladderKeySchema,
  rating: z.enum(RATINGS, { message: 'must be working towards, meeting or exceeding' }),
  note: optionalText('Note', 4000),
});

export const evidenceInputSchema = z.strictObject({
  text: requiredText('Evidence', 4000),
  competencyIds: z
    .array(ladderKeySchema, { message: 'must be a list of competencies' })
    .min(1, 'link the evidence to at least one competency')
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

export interface Assessment {
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
  /** The ladder version the assessment was made against: its wording, not today's. */
  doc: LadderDoc;
  createdAt: string;
  updatedAt: string;
}

export interface AssessmentSummary {
  id: string;
  ladderId: string;
  ladderName: string;
  versionNumber: number;
  levelId: string;
  levelName: string;
  assessedOn: string;
  counts: Record<Rating, number>;
  evidence: number;
}
