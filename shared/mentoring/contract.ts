import { z } from 'zod';
import { command, query } from '../ipc/channel';
import { byIdSchema, byPersonSchema, idSchema } from '../schemas/fields';
import {
  acceptGroupSchema,
  createPairSchema,
  importPreferencesSchema,
  pairFieldsSchema,
  preferencesFieldsSchema,
  sessionInputSchema,
  setStatusSchema,
  type GroupProposal,
  type ImportResult,
  type Overview,
  type PairDetail,
  type PairSummary,
  type PersonMentoring,
  type Preferences,
  type Suggestions,
} from './model';

export const mentoringContract = {
  /** Open pairs with their health, most urgent first, then the first page of ended ones. */
  'mentoring.overview': query<Overview>()(z.strictObject({})),
  /** Ended pairs after the first `offset`, in the overview's order: ENDED_PAIRS_PAGE at most. */
  'mentoring.endedPairs': query<PairSummary[]>()(z.strictObject({ offset: z.number().int().min(0).max(1_000_000) })),
  'mentoring.forPerson': query<PersonMentoring>()(byPersonSchema),
  'mentoring.getPair': query<PairDetail>()(byIdSchema),
  'mentoring.createPair': command<PairDetail>()(createPairSchema),
  'mentoring.updatePair': command<PairDetail>()(z.strictObject({ id: idSchema, fields: pairFieldsSchema })),
  'mentoring.setStatus': command<PairDetail>()(setStatusSchema),
  'mentoring.logSession': command<PairDetail>()(sessionInputSchema),
  'mentoring.deleteSession': command<PairDetail>()(byIdSchema),
  'mentoring.listPreferences': query<Preferences[]>()(z.strictObject({})),
  'mentoring.savePreferences': command<Preferences>()(
    z.strictObject({ personId: idSchema, fields: preferencesFieldsSchema }),
  ),
  'mentoring.suggest': query<Suggestions>()(z.strictObject({ menteeId: idSchema })),
  /** Best assignment of every mentee who wants a mentor and has none, for review. */
  'mentoring.proposeGroup': query<GroupProposal>()(z.strictObject({})),
  /** Creates the reviewed pairs as proposed, all or nothing. */
  'mentoring.acceptGroup': command<{ created: number }>()(acceptGroupSchema),
  'mentoring.importPreferences': command<ImportResult>()(importPreferencesSchema),
};
