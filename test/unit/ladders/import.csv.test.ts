import { describe, expect, it } from 'vitest';
import { previewImport } from '#electron/domains/ladders/import';
import { importProblems } from '../../support/ladderImport';

const run = (text: string, name = 'Platform ladder.csv') => previewImport('auto', text, name);
const errorsOf = (text: string) => importProblems('auto', text, 'Platform ladder.csv');

const sheet = [
  'Area,Competency,Description,Junior,Mid,Senior',
  'Craft,Code,Writing code,"Writes code with help.",Writes clean code.,"Sets the bar.',
  'Examples:',
  '- Led the style guide',
  '- Reviews most changes"',
  ',Testing,,Adds tests when asked.,,Owns the test strategy.',
  'People,Mentoring,,,Helps juniors.,Mentors several people.',
].join('\n');

describe('CSV competency × level matrix', () => {
  it('reads areas, competencies, levels in column order, blank cells as no expectation, and examples', () => {
    const result = run(sheet);
    expect(result.ok && result.format).toBe('csv');
    if (!result.ok) return;
    const doc = result.ladder;
    expect(doc.name).toBe('Platform ladder');
    expect(doc.levels.map((l) => l.name)).toEqual(['Junior', 'Mid', 'Senior']);
    expect(doc.areas.map((a) => a.name)).toEqual(['Craft', 'People']);
    // A blank area repeats the one above (merged cells in the sheet).
    expect(doc.competencies.map((c) => [c.name, c.area])).toEqual([
      ['Code', 'craft'],
      ['Testing', 'craft'],
      ['Mentoring', 'people'],
    ]);
    expect(doc.competencies[0]!.description).toBe('Writing code');
    expect(doc.expectations.find((e) => e.competency === 'code' && e.level === 'senior')).toEqual({
      competency: 'code',
      level: 'senior',
      text: 'Sets the bar.',
      examples: ['Led the style guide', 'Reviews most changes'],
    });
    expect(doc.expectations.some((e) => e.competency === 'testing' && e.level === 'mid')).toBe(false);
  });

  it('takes the first column as the competency when no header says so', () => {
    const result = run('Skill area,L1,L2\nDebugging,Finds bugs,Prevents bugs\n');
    expect(result.ok && result.ladder.competencies[0]!.name).toBe('Debugging');
    expect(result.ok && result.ladder.areas[0]!.name).toBe('General');
  });

  it('reads a semicolon-separated sheet (European spreadsheet exports)', () => {
    const result = run('Area;Competency;L1;L2\nCraft;Code;a;b\n');
    expect(result.ok && result.ladder.levels.map((l) => l.name)).toEqual(['L1', 'L2']);
  });

  it('reports missing levels on the header line', () => {
    expect(errorsOf('Competency\nCode\n')[0]).toMatchObject({
      line: 1,
      message: 'The first row names no levels: after the competency column, name at least one level.',
    });
  });

  it('reports duplicate levels and duplicate competencies with the line they are on, counting multi-line cells', () => {
    expect(errorsOf('Competency,L1,L1\nCode,a,b\n')[0]).toMatchObject({
      line: 1,
      message: 'The level “L1” is named twice in the first row: give each level its own name.',
    });
    const errors = errorsOf(`${sheet}\nCraft,Code,,again,,\n`);
    expect(errors).toEqual([
      {
        line: 8,
        field: 'competency',
        message: 'The competency “Code” is already in the area “Craft”: keep one row for it.',
      },
    ]);
  });

  it('reports an empty competency name and a row wider than the header', () => {
    const errors = errorsOf('Competency,L1\nCode,a\n,b\nTests,a,extra\n');
    expect(errors).toEqual([
      { line: 3, field: 'competency', message: 'This row has no competency name: write one in the competency column.' },
      { line: 4, message: 'This row has 3 cells but the first row has 2: move the extra cells under a level.' },
    ]);
  });

  it('reports an unclosed quote with its line', () => {
    const errors = errorsOf('Competency,L1\nCode,"never closed\n');
    expect(errors[0]!.line).toBe(2);
  });

  it('reports a header with no rows below it', () => {
    expect(errorsOf('Competency,L1,L2\n')[0]!.message).toMatch(/no competencies/);
  });
});
