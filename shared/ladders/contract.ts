import { z } from 'zod';
import { channel } from '../ipc/channel';
import { idSchema } from '../schemas/fields';
import { assessmentFieldsSchema, type Assessment, type AssessmentSummary } from './assessment';
import {
  IMPORT_FORMATS,
  ladderDocSchema,
  type BuiltInLadder,
  type ImportPreview,
  type Ladder,
  type LadderSummary,
} from './model';

const byId = z.strictObject({ id: idSchema });

/**
 * Files are read in the window and sent as text. The limit here only bounds the message; the
 * importers refuse anything over MAX_IMPORT_BYTES with a clear sentence before parsing.
 */
const importInput = z.strictObject({
  format: z.enum(IMPORT_FORMATS, { message: 'must be one of the listed formats' }),
  text: z.string({ message: 'must be the text of the file' }).max(8_000_000, 'the file is too large to import'),
  fileName: z.string().trim().max(260, 'must be at most 260 characters'),
});

export const laddersContract = {
  'ladders.list': channel<LadderSummary[]>()(z.strictObject({})),
  /** A ladder at its current version, or at `versionId` when given. */
  'ladders.get': channel<Ladder>()(z.strictObject({ id: idSchema, versionId: idSchema.optional() })),
  /** Replaces the ladder's content; makes a new version when assessments use the current one. */
  'ladders.update': channel<Ladder>()(z.strictObject({ id: idSchema, doc: ladderDocSchema })),
  'ladders.delete': channel<{ deleted: true }>()(byId),
  'ladders.previewImport': channel<ImportPreview>()(importInput),
  /** Imports all or nothing: any problem refuses the whole file. */
  'ladders.import': channel<Ladder>()(importInput),
  'ladders.export': channel<{ fileBaseName: string; json: string; yaml: string }>()(
    z.strictObject({ id: idSchema, versionId: idSchema.optional() }),
  ),
  'ladders.builtIn': channel<BuiltInLadder[]>()(z.strictObject({})),
  'ladders.addBuiltIn': channel<Ladder>()(z.strictObject({ key: z.string().max(60, 'must be a listed ladder') })),
  'assessments.list': channel<AssessmentSummary[]>()(z.strictObject({ personId: idSchema })),
  'assessments.get': channel<Assessment>()(byId),
  'assessments.create': channel<Assessment>()(z.strictObject({ personId: idSchema, fields: assessmentFieldsSchema })),
  'assessments.update': channel<Assessment>()(z.strictObject({ id: idSchema, fields: assessmentFieldsSchema })),
  'assessments.delete': channel<{ deleted: true }>()(byId),
  'assessments.promotionCase': channel<{ fileBaseName: string; markdown: string }>()(byId),
};
