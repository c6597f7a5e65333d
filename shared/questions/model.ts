import { z } from 'zod';
import { idSchema, tooLongMessage } from '../schemas/fields';

export const QUESTION_MAX = 1000;
export const CATEGORY_MAX = 60;
export const BANK_FILE_MAX_CHARS = 2_000_000;
export const BANK_FORMATS = ['json', 'csv', 'markdown'] as const;
export type BankFormat = (typeof BANK_FORMATS)[number];

export interface Question {
  id: string;
  text: string;
  category: string;
  starred: boolean;
  /** "Cairn" for the starter bank, else the file it came from. */
  source: string;
  /** How many times it was asked, anyone. */
  asked: number;
}

export const questionListSchema = z.strictObject({
  search: z.string().max(200).optional(),
  category: z.string().max(CATEGORY_MAX).optional(),
  starredOnly: z.boolean().optional(),
});

export const importBankSchema = z.strictObject({
  text: z.string().max(BANK_FILE_MAX_CHARS, 'This file is larger than 2 MB; a question bank is far smaller.'),
  fileName: z.string().min(1).max(260),
  /** For a multilingual JSON bank: the language to import (as the file names it, e.g. "en"). */
  language: z.string().max(20).nullable(),
  commit: z.boolean(),
});
export type ImportBankInput = z.infer<typeof importBankSchema>;

export interface BankProblem {
  line: number | null;
  message: string;
}

export interface BankPreview {
  format: BankFormat;
  /** Languages a multilingual file offers; empty for a file in one language. */
  languages: string[];
  questions: { text: string; category: string }[];
  /** Repeated in the file, merged into one. */
  mergedInFile: number;
  /** Already in the bank: left as they are. */
  alreadyInBank: number;
  problems: BankProblem[];
  imported: number;
}

export const updateQuestionSchema = z.strictObject({
  id: idSchema,
  text: z
    .string()
    .trim()
    .min(1, 'A question needs some words: type the question.')
    .max(QUESTION_MAX, tooLongMessage('A question', QUESTION_MAX))
    .optional(),
  category: z.string().trim().max(CATEGORY_MAX, tooLongMessage('A category', CATEGORY_MAX)).optional(),
  starred: z.boolean().optional(),
});

export const askQuestionSchema = z.strictObject({
  meetingId: idSchema,
  category: z.string().max(CATEGORY_MAX).nullable(),
});

export interface AskResult {
  question: Question;
}

/** A template item that draws a question: "Question from career". */
export const TEMPLATE_QUESTION = /^\s*question from\s+(.+?)\s*$/i;
