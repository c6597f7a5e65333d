import { z } from 'zod';
import { command, query } from '../ipc/channel';
import { byIdSchema, byPersonSchema, idSchema, isoDateSchema } from '../schemas/fields';
import {
  DRAFT_AUDIENCES,
  DRAFT_KINDS,
  evidenceFieldsSchema,
  evidenceListQuerySchema,
  evidenceSourceSchema,
  type Coverage,
  type EvidenceDraft,
  type EvidenceEntry,
  type EvidencePage,
} from './model';

const period = { from: isoDateSchema.nullable(), to: isoDateSchema.nullable() };

/** What the log form offers for one person: their ladder's competencies, or the free tags used so far. */
export interface EvidenceOptions {
  personName: string;
  ladderName: string | null;
  competencies: { id: string; name: string; area: string }[];
  tags: string[];
}

export const evidenceContract = {
  /** One person's timeline, newest first, filtered by competency, period and words (full-text). */
  'evidence.list': query<EvidencePage>()(evidenceListQuerySchema),
  'evidence.options': query<EvidenceOptions>()(byPersonSchema),
  'evidence.log': command<EvidenceEntry>()(
    z.strictObject({ personId: idSchema, source: evidenceSourceSchema, fields: evidenceFieldsSchema }),
  ),
  'evidence.update': command<EvidenceEntry>()(z.strictObject({ id: idSchema, fields: evidenceFieldsSchema })),
  'evidence.delete': command<{ deleted: true }>()(byIdSchema),
  /** Which competencies of the current and target level have evidence in the period, and which have none. */
  'evidence.coverage': query<Coverage>()(z.strictObject({ personId: idSchema, ...period })),
  /** Evidence logged since the person's last assessment, for the assessment form. */
  'evidence.sinceLastAssessment': query<EvidenceEntry[]>()(
    z.strictObject({
      personId: idSchema,
      /** The assessment being edited: then "last" means the one before it. */
      assessmentId: idSchema.nullable(),
    }),
  ),
  /** A review or promotion-case draft: the evidence organised per competency, every bullet linked to its source. */
  'evidence.draft': query<EvidenceDraft>()(
    z.strictObject({
      personId: idSchema,
      kind: z.enum(DRAFT_KINDS, { message: 'Choose a review or a promotion case.' }),
      audience: z.enum(DRAFT_AUDIENCES, { message: 'Choose for you or shareable.' }),
      ...period,
    }),
  ),
};
