import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/testApp';
import { rowCount } from '../support/dbSnapshot';

/**
 * The three CSV imports (a ladder, mentoring preferences, a question bank) say a file they
 * cannot read in the same words, from electron/csv/parseProblems.ts, and write nothing.
 */
const file = (name: string) => readFileSync(join(__dirname, '../fixtures/csv', name), 'utf8');
const UNCLOSED = /^The cell in column \d+ \(“[^”]+”\) opens a quote that is never closed/;

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-12-01T08:00:00Z') });
});
afterEach(() => app.close());

describe('CSV files that cannot be read', () => {
  it('a ladder: the line and column of the unclosed quote, nothing imported', () => {
    const result = app.call('ladders.previewImport', {
      format: 'auto',
      text: file('unclosed-quote.csv'),
      fileName: 'platform.csv',
    });
    expect(result).toMatchObject({ ok: false, errors: [{ line: 2, field: 'column 3' }] });
    expect(!result.ok && result.errors[0]!.message).toMatch(UNCLOSED);
    expect(app.send('ladders.import', { format: 'auto', text: file('unclosed-quote.csv'), fileName: 'p.csv' }).ok).toBe(
      false,
    );
    expect(rowCount(app.db, 'ladders')).toBe(0);
  });

  it('mentoring preferences: the stray quote on its line, nothing imported', () => {
    const result = app.call('mentoring.importPreferences', { csv: file('text-after-quote.csv'), commit: true });
    expect(result.errors[0]).toEqual({
      line: 2,
      message:
        'The quoted cell in column 3 (“topics”) has text after its closing quote: write each quote inside the cell twice (""), or remove the stray quote.',
    });
    expect(result.imported).toBe(0);
  });

  it('a question bank: the line after a question that spans lines, nothing imported', () => {
    const before = app.call('questions.list', {}).length;
    const result = app.call('questions.import', {
      fileName: 'bank.csv',
      text: file('quoted-across-lines.csv'),
      language: null,
      commit: true,
    });
    expect(result.problems[0]).toMatchObject({ line: 4 });
    expect(result.problems[0]!.message).toMatch(UNCLOSED);
    expect(result.imported).toBe(0);
    expect(app.call('questions.list', {}).length).toBe(before);
  });
});
