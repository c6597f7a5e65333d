import { z } from 'zod';
import { command, query } from '../ipc/channel';
import { byIdSchema, byPersonSchema, idSchema } from '../schemas/fields';
import { assessmentFieldsSchema, type Assessment, type AssessmentSummary } from './assessment';
import type { LadderChange } from './diff';
import {
  IMPORT_FORMATS,
  ladderDocSchema,
  type BuiltInLadder,
  type Expectation,
  type ImportPreview,
  type LadderSummary,
} from './model';
import {
  atLevelSchema,
  diffSchema,
  expectationRowsSchema,
  ladderEditSchema,
  type LadderView,
  type LevelExpectation,
} from './view';

/**
 * Files are read in the window and sent as text. The limit here only bounds the message; the
 * importers refuse anything over MAX_IMPORT_BYTES with a clear sentence before parsing.
 */
const importInput = z.strictObject({
  format: z.enum(IMPORT_FORMATS, { message: 'must be one of the listed formats' }),
  text: z
    .string({ message: 'must be the text of the file' })
    .max(8_000_000, 'The file is too large to import: a ladder file is at most 8 MB.'),
  fileName: z.string().trim().max(260, 'must be at most 260 characters'),
});

export const laddersContract = {
  'ladders.list': query<LadderSummary[]>()(z.strictObject({})),
  /** A ladder's outline at its current version, or at `versionId` when given: no expectation wording (see view.ts). */
  'ladders.get': query<LadderView>()(z.strictObject({ id: idSchema, versionId: idSchema.optional() })),
  /** The expectations (wording and examples) of a few competencies at every level: rows of the matrix. */
  'ladders.expectations': query<Expectation[]>()(expectationRowsSchema),
  /** What one level expects of each competency it rates, in ladder order: what an assessment form shows. */
  'ladders.atLevel': query<LevelExpectation[]>()(atLevelSchema),
  /** What changed from one version of a ladder to another. */
  'ladders.diff': query<LadderChange[]>()(diffSchema),
  /** One change to the current version; makes a new version when assessments use the current one. */
  'ladders.edit': command<LadderView>()(z.strictObject({ id: idSchema, edit: ladderEditSchema })),
  /** Replaces the ladder's content; makes a new version when assessments use the current one. */
  'ladders.update': command<LadderView>()(z.strictObject({ id: idSchema, doc: ladderDocSchema })),
  'ladders.delete': command<{ deleted: true }>()(byIdSchema),
  'ladders.previewImport': query<ImportPreview>()(importInput),
  /** Imports all or nothing: any problem refuses the whole file. */
  'ladders.import': command<LadderView>()(importInput),
  'ladders.export': query<{ fileBaseName: string; json: string; yaml: string }>()(
    z.strictObject({ id: idSchema, versionId: idSchema.optional() }),
  ),
  'ladders.builtIn': query<BuiltInLadder[]>()(z.strictObject({})),
  'ladders.addBuiltIn': command<LadderView>()(z.strictObject({ key: z.string().max(60, 'must be a listed ladder') })),
  'assessments.list': query<AssessmentSummary[]>()(byPersonSchema),
  'assessments.get': query<Assessment>()(byIdSchema),
  'assessments.create': command<Assessment>()(z.strictObject({ personId: idSchema, fields: assessmentFieldsSchema })),
  'assessments.update': command<Assessment>()(z.strictObject({ id: idSchema, fields: assessmentFieldsSchema })),
  'assessments.delete': command<{ deleted: true }>()(byIdSchema),
  'assessments.promotionCase': query<{ fileBaseName: string; markdown: string }>()(byIdSchema),
};
