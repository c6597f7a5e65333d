import { z } from 'zod';
import { command, query } from '../ipc/channel';
import {
  askQuestionSchema,
  importBankSchema,
  questionListSchema,
  updateQuestionSchema,
  type AskResult,
  type BankPreview,
  type Question,
} from './model';

export const questionsContract = {
  /** The bank, starred first; search over the words, filter by category. */
  'questions.list': query<Question[]>()(questionListSchema),
  'questions.categories': query<string[]>()(z.strictObject({})),
  /** JSON (one language or several), CSV or Markdown: a preview, then all or nothing. */
  'questions.import': command<BankPreview>()(importBankSchema),
  'questions.update': command<Question>()(updateQuestionSchema),
  /** Puts on the meeting's agenda a question the person has not been asked yet (or asked longest ago). */
  'questions.ask': command<AskResult>()(askQuestionSchema),
};
