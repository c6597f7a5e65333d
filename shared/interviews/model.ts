import { z } from 'zod';
import { idSchema, optionalText, requiredLine, requiredText } from '../schemas/fields';

/** Scores run 1–4: an even scale, so nobody can sit on the fence in the middle. */
export const SCORE_LEVELS = [1, 2, 3, 4] as const;
export const scoreSchema = z
  .number()
  .int('Choose a score from 1 to 4.')
  .min(1, 'Choose a score from 1 to 4.')
  .max(4, 'Choose a score from 1 to 4.');

/** No neutral option on purpose: the interviewer has to lean one way. */
export const RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  strong_no: 'Strong no',
  no: 'No',
  yes: 'Yes',
  strong_yes: 'Strong yes',
};
export const recommendationSchema = z.enum(RECOMMENDATIONS, { message: 'Choose strong no, no, yes or strong yes.' });

export const KIT_KINDS = ['interview', 'work_sample'] as const;
export type KitKind = (typeof KIT_KINDS)[number];

export const OUTCOMES = ['advance', 'offer', 'hold', 'reject'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  advance: 'Advance to the next stage',
  offer: 'Make an offer',
  hold: 'Hold',
  reject: 'Reject',
};

const nullableId = idSchema.nullable();

// ---- roles -------------------------------------------------------------------------

export const competencyFieldsSchema = z.strictObject({
  name: requiredLine('Competency', 120),
  description: optionalText('Description', 1000),
  /** Seam for the ladders domain: a ladder competency this one was taken from. No FK on purpose. */
  ladderCompetencyId: z.string().max(64, 'must be at most 64 characters').nullable(),
});
export type CompetencyFields = z.infer<typeof competencyFieldsSchema>;

export const retentionDaysSchema = z
  .number({ message: 'Enter a number of days.' })
  .int('Enter a whole number of days.')
  .min(30, 'Keep candidates for at least 30 days.')
  .max(3650, 'Keep candidates for at most 3650 days (ten years).');

/** What a role with no competency says, beside the list or (in the New role form) its first row. */
export const ROLE_NEEDS_COMPETENCY = 'Add at least one competency to assess.';

export const roleFieldsSchema = z.strictObject({
  title: requiredLine('Role title', 200),
  level: optionalText('Level', 100),
  /** Null: use the global retention period. */
  retentionDays: retentionDaysSchema.nullable(),
  competencies: z
    .array(competencyFieldsSchema)
    .min(1, ROLE_NEEDS_COMPETENCY)
    .max(30, 'A role assesses at most 30 competencies.')
    .refine(
      (list) => new Set(list.map((c) => c.name.toLowerCase())).size === list.length,
      'Give each competency a different name.',
    ),
});
export type RoleFields = z.infer<typeof roleFieldsSchema>;

/** What can change on a role once kits use its competencies. */
export const roleSettingsSchema = roleFieldsSchema.omit({ competencies: true });
export type RoleSettings = z.infer<typeof roleSettingsSchema>;

export interface Competency extends CompetencyFields {
  id: string;
}

export interface Role {
  id: string;
  title: string;
  level: string;
  retentionDays: number | null;
  competencies: Competency[];
  kits: KitSummary[];
  candidateCount: number;
  createdAt: string;
}

// ---- kits --------------------------------------------------------------------------

const anchorText = (level: number) => requiredText(`Anchor for score ${level}`, 600);

export const kitItemSchema = z.strictObject({
  /** Stable within a kit across versions, so a rating finds its item. */
  key: z.string().trim().min(1).max(64).optional(),
  name: requiredText('Name', 120),
  /** The role competency this item assesses; null for a work-sample criterion of its own. */
  competencyId: nullableId,
  anchors: z.tuple([anchorText(1), anchorText(2), anchorText(3), anchorText(4)], {
    message: 'Write an anchor for every score from 1 to 4.',
  }),
});
export type KitItemFields = z.infer<typeof kitItemSchema>;

export const kitQuestionSchema = z.strictObject({
  text: requiredText('Question', 1000),
  guidance: optionalText('Guidance', 2000),
});

export const timeSlotSchema = z.strictObject({
  label: requiredText('Part', 120),
  minutes: z
    .number({ message: 'Enter a number of minutes.' })
    .int('Enter whole minutes.')
    .min(1, 'Enter at least 1 minute.')
    .max(480, 'Enter at most 480 minutes (8 hours).'),
});

export const kitFieldsSchema = z.strictObject({
  stage: requiredLine('Stage', 120),
  kind: z.enum(KIT_KINDS, { message: 'Choose interview or work sample.' }),
  items: z
    .array(kitItemSchema)
    .min(1, 'Add at least one competency to focus on.')
    .max(12, 'A kit focuses on at most 12 competencies.')
    .refine(
      (list) => new Set(list.map((c) => c.name.toLowerCase())).size === list.length,
      'Give each focus item a different name.',
    ),
  questions: z.array(kitQuestionSchema).max(40, 'A kit has at most 40 questions.'),
  timePlan: z.array(timeSlotSchema).max(20, 'A time plan has at most 20 parts.'),
});
export type KitFields = z.infer<typeof kitFieldsSchema>;

/** What an interview's item without a competency says: the store refuses it, and the kit form says so first. */
export const ITEM_NEEDS_COMPETENCY = 'Choose a competency for this item.';

/**
 * The kit form's check: the kit's fields and, for an interview, a competency on every item,
 * so that one submit shows every problem rather than the store's one refusal after the rest.
 */
export const kitFormSchema = kitFieldsSchema.superRefine((kit, ctx) => {
  if (kit.kind !== 'interview') return;
  kit.items.forEach((item, i) => {
    if (item.competencyId === null) {
      ctx.addIssue({ code: 'custom', message: ITEM_NEEDS_COMPETENCY, path: ['items', i, 'competencyId'] });
    }
  });
});

export interface KitItem extends KitItemFields {
  key: string;
}

/** One immutable version of a kit: what scorecards were scored against. */
export interface KitVersion {
  id: string;
  kitId: string;
  version: number;
  stage: string;
  kind: KitKind;
  items: KitItem[];
  questions: z.infer<typeof kitQuestionSchema>[];
  timePlan: z.infer<typeof timeSlotSchema>[];
  createdAt: string;
}

export interface KitSummary {
  id: string;
  stage: string;
  kind: KitKind;
  version: number;
  versionId: string;
}

export interface Kit {
  id: string;
  roleId: string;
  roleTitle: string;
  current: KitVersion;
  versionCount: number;
}

// ---- interviewers and preferences ---------------------------------------------------

export const interviewerFieldsSchema = z.strictObject({
  name: requiredLine('Name', 200),
  /** A person of the team; null for someone typed in (another team, an external panel member). */
  personId: nullableId,
});
export type InterviewerFields = z.infer<typeof interviewerFieldsSchema>;

export interface Interviewer {
  id: string;
  name: string;
  personId: string | null;
  scorecardCount: number;
}

export const prefsSchema = z.strictObject({
  /** Who the manager is on a panel: the debrief stays closed to them until they submit. */
  selfInterviewerId: nullableId,
  retentionDays: retentionDaysSchema,
});
export type InterviewPrefs = z.infer<typeof prefsSchema>;

// ---- candidates --------------------------------------------------------------------

export const candidateFieldsSchema = z.strictObject({
  name: requiredLine('Candidate name', 200),
  stage: requiredLine('Stage', 120),
  source: optionalText('Source', 200),
});
export type CandidateFields = z.infer<typeof candidateFieldsSchema>;

export interface Candidate extends CandidateFields {
  id: string;
  roleId: string;
  roleTitle: string;
  /** Shown instead of the name where grading must be blind, e.g. "Candidate 7F3A". */
  alias: string;
  createdAt: string;
  /** The day its retention period ends; on or after it the data is flagged for erasure. */
  retainUntil: string;
  erasureDue: boolean;
}

// ---- scorecards --------------------------------------------------------------------

export const SCORECARD_STATUSES = ['draft', 'submitted'] as const;
export type ScorecardStatus = (typeof SCORECARD_STATUSES)[number];
export const SCORECARD_SOURCES = ['own', 'entered', 'imported'] as const;
export type ScorecardSource = (typeof SCORECARD_SOURCES)[number];

export const ratingInputSchema = z.strictObject({
  itemKey: z.string().min(1).max(64),
  score: scoreSchema.nullable(),
  evidence: optionalText('Evidence', 4000),
});
export type RatingInput = z.infer<typeof ratingInputSchema>;

export interface Rating {
  itemKey: string;
  score: number | null;
  evidence: string;
}

export interface Amendment {
  id: string;
  at: string;
  reason: string;
  /** What changed, in words, e.g. "Design: 2 → 3; recommendation: no → yes". */
  summary: string;
}

export interface Scorecard {
  id: string;
  candidateId: string;
  /** The candidate's name, or null where the grader must not see it (work samples). */
  candidateName: string | null;
  candidateLabel: string;
  kitId: string;
  kit: KitVersion;
  interviewerId: string;
  interviewerName: string;
  source: ScorecardSource;
  status: ScorecardStatus;
  recommendation: Recommendation | null;
  ratings: Rating[];
  submittedAt: string | null;
  amendments: Amendment[];
}

export interface PanelEntry {
  scorecardId: string;
  kitId: string;
  interviewerId: string;
  interviewerName: string;
  status: ScorecardStatus;
  source: ScorecardSource;
  kitVersion: number;
}

export interface CandidateDetail {
  candidate: Candidate;
  kits: KitSummary[];
  panel: PanelEntry[];
  decisions: Decision[];
}

export interface Decision {
  kitId: string;
  outcome: Outcome;
  rationale: string;
  decidedAt: string;
}

export const decisionFieldsSchema = z.strictObject({
  candidateId: idSchema,
  kitId: idSchema,
  outcome: z.enum(OUTCOMES, { message: 'Choose an outcome.' }),
  rationale: requiredText('Rationale', 4000),
});
