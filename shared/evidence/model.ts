import { z } from 'zod';
import { idSchema, isoDateSchema, optionalText, requiredText, tooLongMessage } from '../schemas/fields';

/** Where a piece of evidence was seen. `assessment` is evidence an assessment held before the log existed. */
export const EVIDENCE_SOURCE_KINDS = ['one_on_one', 'mentoring', 'goal_checkin', 'direct', 'assessment'] as const;
export type EvidenceSourceKind = (typeof EVIDENCE_SOURCE_KINDS)[number];

export const EVIDENCE_SOURCE_LABELS: Record<EvidenceSourceKind, string> = {
  one_on_one: '1:1',
  mentoring: 'Mentoring session',
  goal_checkin: 'Goal check-in',
  direct: 'Observed directly',
  assessment: 'Assessment',
};

/**
 * The source as the window names it. A 1:1 passage says which notes it came from: a passage
 * of private notes makes the entry private, whatever else the request says.
 */
export const evidenceSourceSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('one_on_one'), id: idSchema, notes: z.enum(['shared', 'private']) }),
    z.strictObject({ kind: z.literal('mentoring'), id: idSchema }),
    z.strictObject({ kind: z.literal('goal_checkin'), id: idSchema }),
    z.strictObject({ kind: z.literal('direct') }),
  ],
  { message: 'Choose a 1:1, a mentoring session, a goal check-in, or say you observed it directly.' },
);
export type EvidenceSourceInput = z.output<typeof evidenceSourceSchema>;

/** A competency id of the person's ladder, or a free tag (words of the manager's own) when they have none. */
export const evidenceTagSchema = z
  .string({ message: 'Write the tag as text.' })
  .trim()
  .min(1, 'A tag cannot be empty: type a word or remove it.')
  .max(100, tooLongMessage('A tag', 100));

const tagsSchema = z
  .array(evidenceTagSchema, { message: 'must be a list of competencies' })
  .max(50, 'Link at most 50 competencies or tags.');

/** What the log form submits. */
export const evidenceFieldsSchema = z.strictObject({
  happened: requiredText('What happened', 4000),
  shows: optionalText('What it shows', 4000),
  seenOn: isoDateSchema,
  /** Competency ids of the person's ladder, or free tags when they have none. */
  competencyIds: tagsSchema,
  /** Marked private by the manager; a passage of private notes is private regardless. */
  private: z.boolean({ message: 'Choose private or shared.' }),
  /**
   * For a private entry: the manager's rewrite that may be shared. Exports meant for someone
   * else use it instead of the private text, or leave the entry out when it is empty.
   */
  shareable: optionalText('Shareable version', 4000),
});
export type EvidenceFields = z.output<typeof evidenceFieldsSchema>;
export type EvidenceFieldsInput = z.input<typeof evidenceFieldsSchema>;

export interface EvidenceSource {
  kind: EvidenceSourceKind;
  /** The meeting, session, check-in or assessment; null when typed directly. */
  id: string | null;
  /** The date of the source, for its label. */
  on: string | null;
  /** Words naming it when the date alone is not enough (the goal's title, the mentor's name). */
  label: string;
  /** The in-app address of the source (see links.ts). */
  href: string;
  /** A passage of private 1:1 notes: the entry can never stop being private. */
  privateNotes: boolean;
}

export interface EvidenceEntry {
  id: string;
  personId: string;
  happened: string;
  shows: string;
  seenOn: string;
  competencyIds: string[];
  private: boolean;
  shareable: string;
  source: EvidenceSource;
  createdAt: string;
  updatedAt: string;
}

export const evidenceListQuerySchema = z.strictObject({
  personId: idSchema,
  competencyId: evidenceTagSchema.nullable().optional(),
  from: isoDateSchema.nullable().optional(),
  to: isoDateSchema.nullable().optional(),
  text: z.string().max(200, 'must be at most 200 characters').optional(),
  /** The last entry of the page before: entries after it in timeline order. */
  after: z.strictObject({ seenOn: isoDateSchema, id: idSchema }).nullable().optional(),
});
export type EvidenceListQuery = z.output<typeof evidenceListQuerySchema>;

export interface EvidencePage {
  entries: EvidenceEntry[];
  /** True when more entries match than this page holds. */
  more: boolean;
}

/** One competency's evidence in a period. */
export interface CoverageRow {
  competencyId: string;
  name: string;
  area: string;
  /** Entries in the period. */
  count: number;
  /** The latest evidence ever, for "nothing since June"; null when there has never been any. */
  lastSeenOn: string | null;
}

export interface CoverageLevel {
  levelId: string;
  levelName: string;
  role: 'current' | 'target';
  rows: CoverageRow[];
}

export interface Coverage {
  /** Null when the person is not on a ladder: then only their free tags are counted. */
  ladderName: string | null;
  levels: CoverageLevel[];
  /** Free tags (or competencies outside the levels shown) with their counts in the period. */
  tags: { tag: string; name: string; count: number }[];
}

export const DRAFT_KINDS = ['review', 'promotion'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];
export const DRAFT_AUDIENCES = ['manager', 'shareable'] as const;
export type DraftAudience = (typeof DRAFT_AUDIENCES)[number];

export interface EvidenceDraft {
  fileBaseName: string;
  markdown: string;
  /** Private entries a shareable draft left out (they have no shareable version). */
  leftOut: number;
}
