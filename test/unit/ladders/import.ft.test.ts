import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewImport } from '#electron/domains/ladders/import';
import { levelsOfTrack } from '#shared/ladders/doc';
import { importProblems } from '../../support/ladderImport';

const ft = readFileSync('test/fixtures/ladders/ft-engineering.yml', 'utf8');
const run = (text: string) => previewImport('ft-yaml', text, 'engineering.yml');
const errorsOf = (text: string) => importProblems('ft-yaml', text, 'engineering.yml');

describe('Financial Times engineering-progression YAML', () => {
  it('reads the real engineering file: 8 levels, 9 themes, one expectation per theme and level', () => {
    const result = previewImport('auto', ft, 'ft-engineering.yml');
    expect(result.ok && result.format).toBe('ft-yaml');
    if (!result.ok) return;
    const doc = result.ladder;
    expect(doc.name).toBe('Engineering');
    expect(levelsOfTrack(doc, 'main').map((l) => l.id)).toEqual([
      'junior',
      'engineer',
      'senior-1',
      'senior-2-ic',
      'senior-2-pm',
      'principal-ic',
      'principal-pm',
      'tech-director',
    ]);
    expect(doc.competencies.map((c) => c.name)).toContain('Problem Solving & Decision Making');
    expect(doc.competencies).toHaveLength(9);
    expect(doc.expectations).toHaveLength(72);
    expect(doc.expectations.find((e) => e.competency === 'planning-organising' && e.level === 'junior')?.text).toBe(
      'Aware of how the team delivers and the best practices they use. Plans and delivers own work tasks.',
    );
  });

  it('handles another job family with other levels, extra fields and several statements per cell', () => {
    const other = `name: Delivery
levels:
  - id: 1
    name: Associate
  - id: 2
themes:
  - id: craft
    name: Craft
competencies:
  - level: 1
    theme: craft
    summary: Does the basics.
    evidenceRequired: true
  - level: 1
    theme: craft
    summary: Asks for help.
  - level: 2
    theme: craft
    summary: Teaches the basics.
`;
    const result = run(other);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ladder.levels.map((l) => [l.id, l.name])).toEqual([
      ['1', 'Associate'],
      ['2', '2'],
    ]);
    expect(result.ladder.expectations[0]!.text).toBe('- Does the basics.\n- Asks for help.');
  });

  it('reports missing levels on line 1', () => {
    const errors = errorsOf(ft.replace(/^levels:[\s\S]*?^themes:/m, 'themes:'));
    expect(errors[0]).toMatchObject({ line: 1, field: 'levels' });
    expect(errors[0]!.message).toBe('The file lists no levels: add a “levels:” list.');
  });

  it('reports a duplicate level id and an unknown theme with their lines', () => {
    const broken = ft.replace('  - id: engineer\n', '  - id: junior\n').replace('theme: technical', 'theme: wizardry');
    const errors = errorsOf(broken);
    expect(errors).toContainEqual({
      line: 11,
      field: 'levels › item 2 › id',
      message: 'Level 2 (“Engineer”): its key “junior” is already used by another entry: give each its own.',
    });
    const unknown = errors.find((e) => e.message.endsWith("its theme “wizardry” is not one of the file's themes."));
    expect(unknown?.field).toBe('competencies › item 9 › theme');
    expect(broken.split('\n')[unknown!.line! - 1]).toContain('theme: wizardry');
  });

  it('reports wrong types: levels not a list, a summary that is a list', () => {
    expect(errorsOf('levels: junior\nthemes: []\ncompetencies: []\n')[0]).toMatchObject({
      line: 1,
      field: 'levels',
      message: "The file's levels must be a list of levels.",
    });
    const errors = errorsOf(
      'levels:\n  - id: a\nthemes:\n  - id: t\n    name: T\ncompetencies:\n  - level: a\n    theme: t\n    summary:\n      - not text\n',
    );
    expect(errors).toEqual([
      { line: 9, field: 'competencies › item 1 › summary', message: 'Competency 1: its summary must be text.' },
    ]);
  });

  it('gives the line of a YAML syntax error', () => {
    const errors = errorsOf('levels:\n  - id: a\n  name: [unclosed\n');
    expect(errors[0]!.line).toBeGreaterThanOrEqual(3);
    expect(errors[0]!.message).toMatch(/^Not valid YAML/);
  });
});
