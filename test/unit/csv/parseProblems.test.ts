import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvParseProblems, recordStarts } from '#electron/csv/parseProblems';
import { readCsvRecords } from '#electron/csv/readCsv';

const file = (name: string) => readFileSync(join(__dirname, '../../fixtures/csv', name), 'utf8');
const problemsOf = (name: string) => readCsvRecords(file(name), { oneColumn: 'problem' }).problems;
/** Header mode is where papaparse counts cells against the first line. */
const headerProblemsOf = (name: string) => csvParseProblems(file(name), Papa.parse(file(name), { header: true }), true);

/** papaparse's own English, which must never reach a manager. */
const PAPAPARSE_WORDS = /unterminated|malformed|auto-detect|expected \d+ fields|parsed \d+/i;

describe('CSV parse problems in a manager’s words', () => {
  it('an unclosed quote: its line and column, the column’s name, and what to do (CRLF file)', () => {
    expect(problemsOf('unclosed-quote.csv')).toEqual([
      {
        line: 2,
        column: 3,
        message:
          'The cell in column 3 (“Senior”) opens a quote that is never closed, so the rest of the file reads as that one cell: add the closing quote (") where the cell ends, or remove the opening one.',
      },
    ]);
  });

  it('text after a closing quote: one sentence for the cell, not a second one for the quote papaparse then misses', () => {
    expect(problemsOf('text-after-quote.csv')).toEqual([
      {
        line: 2,
        column: 3,
        message:
          'The quoted cell in column 3 (“topics”) has text after its closing quote: write each quote inside the cell twice (""), or remove the stray quote.',
      },
    ]);
  });

  it('counts lines, not records, when a quoted cell spans lines before the broken one', () => {
    const text = file('quoted-across-lines.csv');
    expect(recordStarts(text).map((s) => s.line)).toEqual([1, 2, 4]);
    expect(problemsOf('quoted-across-lines.csv')).toMatchObject([{ line: 4, column: 2 }]);
    expect(readCsvRecords(text, { oneColumn: 'fine' }).records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('counts columns with the delimiter the file uses (semicolons) and names it', () => {
    expect(problemsOf('semicolons-unclosed.csv')).toMatchObject([{ line: 2, column: 2 }]);
    expect(headerProblemsOf('semicolons-unclosed.csv')[1]).toEqual({
      line: 2,
      message:
        'This row has 2 cells but the first line names 3 columns: add the missing cells (an empty cell is two semicolons side by side).',
    });
  });

  it('rows with too few or too many cells, by line; the blank line a file ends with is no problem', () => {
    expect(headerProblemsOf('uneven-rows.csv')).toEqual([
      {
        line: 2,
        message:
          'This row has 2 cells but the first line names 3 columns: add the missing cells (an empty cell is two commas side by side).',
      },
      {
        line: 3,
        message:
          'This row has 4 cells but the first line names 3 columns: remove the extra cells, or put a cell that holds a comma in quotes.',
      },
    ]);
  });

  it('a file with nothing between columns is a problem only where one column will not do', () => {
    expect(problemsOf('one-column.csv')).toEqual([
      {
        line: 1,
        message:
          'Cairn found nothing between the columns (no commas, semicolons or tabs), so the file reads as one column: save the sheet as CSV, with a comma between columns.',
      },
    ]);
    const questions = readCsvRecords(file('one-column.csv'), { oneColumn: 'fine' });
    expect(questions.problems).toEqual([]);
    expect(questions.records.map((r) => r.cells)).toEqual([
      ['question'],
      ['What went well this week?'],
      ['What would you change?'],
      [''],
    ]);
  });

  it('never passes papaparse’s English on, for any fixture in either mode', () => {
    const names = [
      'unclosed-quote.csv',
      'text-after-quote.csv',
      'quoted-across-lines.csv',
      'semicolons-unclosed.csv',
      'uneven-rows.csv',
      'one-column.csv',
    ];
    const all = names.flatMap((n) => [...problemsOf(n), ...headerProblemsOf(n)]);
    expect(all.length).toBeGreaterThanOrEqual(names.length);
    for (const p of all) expect(p.message).not.toMatch(PAPAPARSE_WORDS);
  });
});
