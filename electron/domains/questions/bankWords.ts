import { formatList, formatNumber } from '#shared/format';
import { CATEGORY_MAX, QUESTION_MAX, type BankFormat } from '#shared/questions/model';

/**
 * What a question-bank import says when a file cannot be taken, in one place: each sentence
 * says what is wrong and what to do; where (the line) travels beside it and the screen says
 * "Line 4: …". A CSV cell is also named by its column ("column 1, “question”").
 */

/** Where the question sits within its line, for a CSV file: "in column 1 (“question”)". */
export interface CellPlace {
  column: number;
  name: string;
}

const inCell = (cell: CellPlace | undefined) => (cell ? ` in column ${cell.column} (“${cell.name}”)` : '');

export const bankWords = {
  notJson: (at: { line: number; column: number } | null) =>
    `This file is not valid JSON${at ? ` from column ${formatNumber(at.column)} of this line` : ''}: look there for a missing comma, quote or bracket, or save the bank again from the tool that made it.`,
  noList: () =>
    'This file holds no list of questions: write them as a list ([…]), or as an object with a "questions" list.',
  chooseLanguage: (languages: readonly string[]) =>
    `This bank is in several languages (${formatList(languages)}): choose one to import.`,
  noSuchLanguage: (language: string, languages: readonly string[]) =>
    `This bank has no questions in "${language}": choose one of its languages, ${formatList(languages, { type: 'disjunction' })}.`,
  noQuestionColumn: () =>
    'The first line does not name a "question" column: make the first line the column names, question and (if you like) category.',
  emptyQuestion: (format: BankFormat, cell?: CellPlace) =>
    format === 'markdown'
      ? 'This list item has no question: write the question after the dash, or delete the line.'
      : format === 'json'
        ? 'This entry has no question text: add its "text", or remove the entry.'
        : `The question${inCell(cell)} is empty: write the question, or delete the line.`,
  questionTooLong: (length: number) =>
    `This question is ${formatNumber(length)} characters long, more than the ${formatNumber(QUESTION_MAX)} a question may have: shorten it or split it in two.`,
  categoryTooLong: (length: number) =>
    `The category is ${formatNumber(length)} characters long, more than the ${formatNumber(CATEGORY_MAX)} a category may have: shorten it.`,
  noQuestions: (format: BankFormat) =>
    format === 'csv'
      ? 'This file has no questions under its first line: add one question a line, under the column names.'
      : format === 'json'
        ? 'This file’s list of questions is empty: add the questions, one entry each.'
        : 'No questions found: write each question as a list item ("- What are you proud of?"), under a heading that names its category.',
};
