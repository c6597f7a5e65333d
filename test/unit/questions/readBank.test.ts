import { describe, expect, it } from 'vitest';
import { readBank } from '#electron/domains/questions/readBank';
import { CATEGORY_MAX, QUESTION_MAX } from '#shared/questions/model';

// Each file is written for the case; each expected sentence by hand: what is wrong, where, and what to do.
const problems = (fileName: string, text: string, language: string | null = null) =>
  readBank(fileName, text, language).problems;

describe('question-bank problems say what, where and what to do', () => {
  it('JSON that does not parse: the line and column where it breaks', () => {
    // Line 3, column 3: the second entry starts without the comma after the first.
    expect(problems('bank.json', '[\n  "What went well?"\n  "What was hard?"\n]')).toEqual([
      {
        line: 3,
        message:
          'This file is not valid JSON from column 3 of this line: look there for a missing comma, quote or bracket, or save the bank again from the tool that made it.',
      },
    ]);
  });

  it('JSON that is not a list of questions', () => {
    expect(problems('bank.json', '{"title": "My bank"}')).toEqual([
      {
        line: 1,
        message:
          'This file holds no list of questions: write them as a list ([…]), or as an object with a "questions" list.',
      },
    ]);
  });

  it('a JSON entry without text, and one too long, each on the line of its entry', () => {
    // 201 "Why?" with a space between: 201 × 4 + 200 = 1,004 characters.
    const long = Array.from({ length: 201 }, () => 'Why?').join(' ');
    expect(long.length).toBeGreaterThan(QUESTION_MAX);
    const text = `[\n  {"text": "", "category": "team"},\n  {"text": "${long}"}\n]`;
    expect(problems('bank.json', text)).toEqual([
      { line: 2, message: 'This entry has no question text: add its "text", or remove the entry.' },
      {
        line: 3,
        message:
          'This question is 1,004 characters long, more than the 1,000 a question may have: shorten it or split it in two.',
      },
    ]);
  });

  it('CSV without a question column, and with an empty question cell named by its column', () => {
    expect(problems('bank.csv', 'topic,category\nWhat went well?,team\n')).toEqual([
      {
        line: 1,
        message:
          'The first line does not name a "question" column: make the first line the column names, question and (if you like) category.',
      },
    ]);
    expect(problems('bank.csv', 'category,question\nteam,What went well?\ndelivery,\n')).toEqual([
      { line: 3, message: 'The question in column 2 (“question”) is empty: write the question, or delete the line.' },
    ]);
  });

  it('a category too long, with its length and the limit', () => {
    const category = 'c'.repeat(CATEGORY_MAX + 5);
    expect(problems('bank.md', `## ${category}\n- What went well?\n`)).toEqual([
      {
        line: 2,
        message: 'The category is 65 characters long, more than the 60 a category may have: shorten it.',
      },
    ]);
  });

  it('a file with no questions says how to write them in its format', () => {
    expect(problems('bank.csv', 'question,category\n')).toEqual([
      {
        line: null,
        message: 'This file has no questions under its first line: add one question a line, under the column names.',
      },
    ]);
    expect(problems('bank.md', '# Team\nSome prose, no list.\n')).toEqual([
      {
        line: null,
        message:
          'No questions found: write each question as a list item ("- What are you proud of?"), under a heading that names its category.',
      },
    ]);
  });
});
