import { z } from 'zod';
import { idSchema, isoDateSchema, optionalText, requiredText } from '../schemas/fields';
import type { PairHealth } from './health';
import { CADENCE_LABELS } from '../oneOnOnes/cadence';

import { PAIR_STATUSES, type PairStatus } from './status';

// A pair's statuses live in status.ts, apart from the schemas, for screens in the first script.
export { OPEN_STATUSES, PAIR_STATUSES, PAIR_STATUS_LABELS, type PairStatus } from './status';

export const FIT_CHECKS = ['good_fit', 'unsure', 'not_a_fit'] as const;
export type FitCheck = (typeof FIT_CHECKS)[number];
export const FIT_LABELS: Record<FitCheck, string> = { good_fit: 'Good fit', unsure: 'Unsure', not_a_fit: 'Not a fit' };

/**
 * Named cadences the form offers, in the words 1:1 series use (one vocabulary); any whole
 * number of days 1–180 is accepted.
 */
export const CADENCE_PRESETS = [
  { days: 7, label: CADENCE_LABELS.weekly },
  { days: 14, label: CADENCE_LABELS.biweekly },
  { days: 30, label: CADENCE_LABELS.monthly },
] as const;

export function cadenceLabel(days: number): string {
  return CADENCE_PRESETS.find((p) => p.days === days)?.label ?? `Every ${days} days`;
}

export const MAX_FOCUS_AREAS = 8;
export const MAX_CAPACITY = 20;

export const focusAreaInputSchema = z.strictObject({
  name: requiredText('Focus area', 120),
  /** Seam for the ladders domain: a competency this focus area stands for, once ladders exist. */
  competencyId: idSchema.nullable(),
});
export type FocusAreaInput = z.infer<typeof focusAreaInputSchema>;

export const agreementSchema = z.strictObject({
  expectations: optionalText('Expectations', 4000),
  cadenceDays: z
    .number({ message: 'Enter the cadence as a number of days.' })
    .int('Enter the cadence as a whole number of days.')
    .min(1, 'Cadence must be at least 1 day: enter 1 or more.')
    .max(180, 'Cadence must be at most 180 days: enter 180 or fewer.'),
  startDate: isoDateSchema,
  plannedEnd: isoDateSchema.nullable(),
});

export const pairFieldsSchema = z.strictObject({
  focusAreas: z.array(focusAreaInputSchema).max(MAX_FOCUS_AREAS, `Choose at most ${MAX_FOCUS_AREAS} focus areas.`),
  goals: optionalText('Goals', 4000),
  agreement: agreementSchema,
});
export type PairFields = z.infer<typeof pairFieldsSchema>;

export const createPairSchema = z.strictObject({
  mentorId: idSchema,
  menteeId: idSchema,
  status: z.enum(['proposed', 'active'], { message: 'Choose proposed or active.' }),
  fields: pairFieldsSchema,
});
export type CreatePairInput = z.infer<typeof createPairSchema>;

export const setStatusSchema = z.strictObject({
  id: idSchema,
  status: z.enum(PAIR_STATUSES, { message: 'Choose proposed, active, paused or ended.' }),
  /** Required when ending: why the pair stopped. */
  reason: optionalText('Reason', 1000),
});

export const sessionInputSchema = z.strictObject({
  pairId: idSchema,
  date: isoDateSchema,
  notes: optionalText('Notes', 20000),
  takeaways: optionalText('Takeaways', 4000),
  progress: z
    .array(z.strictObject({ focusAreaId: idSchema, note: optionalText('Progress', 2000) }))
    .max(MAX_FOCUS_AREAS, `Write at most ${MAX_FOCUS_AREAS} progress notes, one for each focus area.`),
  /** Asked on the first session only. */
  fit: z.enum(FIT_CHECKS, { message: 'Choose good fit, unsure or not a fit.' }).nullable(),
});
export type SessionInput = z.infer<typeof sessionInputSchema>;

/** Free-text terms ("testing, system design") are compared case-insensitively. */
const termList = (label: string) =>
  z.array(requiredText(label, 80)).max(30, `${label} can have at most 30 entries: remove some.`);

export const preferencesFieldsSchema = z.strictObject({
  wantsToMentor: z.boolean(),
  wantsMentor: z.boolean(),
  strengths: termList('Strength'),
  interests: termList('Interest'),
  capacity: z
    .number({ message: 'Enter the capacity as a number.' })
    .int('Enter the capacity as a whole number.')
    .min(0, 'Capacity must be 0 or more.')
    .max(MAX_CAPACITY, `Capacity must be at most ${MAX_CAPACITY}: enter ${MAX_CAPACITY} or fewer.`),
  /** Someone who manages this person in the app's records; never suggested as their mentor. */
  managerId: idSchema.nullable(),
});
export type PreferencesFields = z.infer<typeof preferencesFieldsSchema>;

export const emptyPreferences: PreferencesFields = {
  wantsToMentor: false,
  wantsMentor: false,
  strengths: [],
  interests: [],
  capacity: 0,
  managerId: null,
};

export interface PersonRef {
  id: string;
  name: string;
}

export interface Preferences extends PreferencesFields {
  personId: string;
  name: string;
  managerName: string | null;
  /** Open pairs where this person mentors (counts against capacity). */
  openMentees: number;
}

export interface FocusArea {
  id: string;
  name: string;
  competencyId: string | null;
}

export interface ProgressNote {
  focusAreaId: string;
  focusArea: string;
  note: string;
}

export interface Session {
  id: string;
  pairId: string;
  date: string;
  notes: string;
  takeaways: string;
  fit: FitCheck | null;
  progress: ProgressNote[];
  createdAt: string;
}

export interface PairSummary {
  id: string;
  mentor: PersonRef;
  mentee: PersonRef;
  status: PairStatus;
  focusAreas: FocusArea[];
  goals: string;
  expectations: string;
  cadenceDays: number;
  startDate: string;
  plannedEnd: string | null;
  endReason: string;
  endedOn: string | null;
  sessionCount: number;
  lastSessionDate: string | null;
  firstFit: FitCheck | null;
  health: PairHealth;
  createdAt: string;
}

export interface PairDetail extends PairSummary {
  sessions: Session[];
  /** The main process's date, so forms default to the same "today" the rules use. */
  today: string;
}

/** How many ended pairs the mentoring screen shows at first, and how many more each "Show more" brings. */
export const ENDED_PAIRS_PAGE = 25;

export interface Overview {
  today: string;
  /**
   * Every open pair, most urgent first, then the first ENDED_PAIRS_PAGE ended ones, out of
   * `endedTotal` (issue 18: a director's ten years of ended pairs were 340 KiB);
   * mentoring.endedPairs gives the rest a page at a time.
   */
  pairs: PairSummary[];
  endedTotal: number;
}

export interface PersonMentoring {
  today: string;
  asMentor: PairSummary[];
  asMentee: PairSummary[];
  preferences: Preferences | null;
}

export interface SuggestionView {
  mentorId: string;
  mentorName: string;
  score: number;
  reasons: string[];
}

export interface Suggestions {
  mentee: PersonRef;
  /** What the mentee wants to grow in: their interests and the focus of their latest pair. */
  wanted: string[];
  /** Competencies their latest assessment rates "working towards", or null when never assessed. */
  gaps: { assessedOn: string; names: string[] } | null;
  hasPreferences: boolean;
  suggestions: SuggestionView[];
}

export interface GroupAssignment {
  mentee: PersonRef;
  mentor: PersonRef;
  score: number;
  reasons: string[];
  /** Focus areas the pair would start with: what the mentee wants that the mentor is strong in. */
  focusAreas: string[];
}

export interface GroupProposal {
  assignments: GroupAssignment[];
  unassigned: { mentee: PersonRef; why: string }[];
  totalScore: number;
}

export const acceptGroupSchema = z.strictObject({
  assignments: z
    .array(z.strictObject({ mentorId: idSchema, menteeId: idSchema }))
    .min(1, 'Choose at least one pair.')
    .max(500, 'Choose at most 500 pairs at once.'),
  cadenceDays: agreementSchema.shape.cadenceDays,
  startDate: isoDateSchema,
});

export const WANTS = ['mentor', 'mentee', 'both', 'neither'] as const;

export interface ImportRowPreview {
  line: number;
  name: string;
  wantsToMentor: boolean;
  wantsMentor: boolean;
  strengths: string[];
  interests: string[];
  capacity: number;
  manager: string | null;
  /** True when the person already has preferences that this row replaces. */
  replaces: boolean;
}

export interface ImportResult {
  rows: ImportRowPreview[];
  errors: { line: number; message: string }[];
  imported: number;
}

export const importPreferencesSchema = z.strictObject({
  csv: z.string().max(1_000_000, 'The file is larger than 1 MB: choose a smaller one.'),
  /** False: check and preview only. True: write, all or nothing. */
  commit: z.boolean(),
});
