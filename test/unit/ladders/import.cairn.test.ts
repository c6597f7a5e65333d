import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInLadders } from '#electron/domains/ladders/builtIn';
import { exportLadder } from '#electron/domains/ladders/export';
import { previewImport } from '#electron/domains/ladders/import';
import type { LadderDoc } from '#shared/ladders/model';
import { importProblems } from '../../support/ladderImport';

const ft = previewImport('ft-yaml', readFileSync('test/fixtures/ladders/ft-engineering.yml', 'utf8'), 'ft.yml');
const monzo = previewImport('monzo-md', readFileSync('test/fixtures/ladders/monzo-backend.md', 'utf8'), 'm.md');
const docs = [ft, monzo].map((r) => (r.ok ? r.ladder : undefined)).filter((d): d is LadderDoc => d !== undefined);

const errorsOf = (text: string, name = 'x.json') => importProblems('cairn', text, name);

const small: LadderDoc = {
  name: 'Small',
  description: '',
  tracks: [{ id: 'ic', name: 'IC' }],
  levels: [
    { id: 'l1', name: 'One', track: 'ic' },
    { id: 'l2', name: 'Two', track: 'ic' },
  ],
  areas: [{ id: 'a', name: 'Area', description: '' }],
  competencies: [{ id: 'c', area: 'a', name: 'Comp', description: '' }],
  expectations: [{ competency: 'c', level: 'l1', text: 'Does it', examples: ['Once'] }],
};

describe("Cairn's own format", () => {
  it('round trips: export as JSON or YAML, import, and get the same ladder', () => {
    expect(docs).toHaveLength(2);
    for (const doc of [small, ...docs]) {
      const out = exportLadder(doc);
      for (const [text, name] of [
        [out.json, 'l.json'],
        [out.yaml, 'l.yaml'],
      ] as const) {
        const back = previewImport('auto', text, name);
        expect(back.ok && back.format).toBe('cairn');
        expect(back.ok && back.ladder).toEqual(doc);
      }
    }
  });

  it('round trips texts with YAML-hostile characters', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0),
        (text) => {
          const doc = { ...small, expectations: [{ competency: 'c', level: 'l1', text: text.trim(), examples: [] }] };
          const back = previewImport('cairn', exportLadder(doc).yaml, 'x.yaml');
          expect(back.ok && back.ladder).toEqual(doc);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('ships only ladders that import cleanly', () => {
    const files = readdirSync('resources/ladders').filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(
      builtInLadders()
        .map((l) => l.key)
        .sort(),
    ).toEqual(files.map((f) => f.replace('.yaml', '')).sort());
  });

  it('reports duplicate ids and unknown references with the JSON line', () => {
    const file = JSON.parse(exportLadder(small).json) as Record<string, unknown>;
    file.levels = [...small.levels, { id: 'l1', name: 'Again', track: 'ic' }];
    file.expectations = [{ competency: 'ghost', level: 'l1', text: 'x', examples: [] }];
    const text = JSON.stringify(file, null, 2);
    const errors = errorsOf(text);
    const lines = text.split('\n');
    const dup = errors.find((e) => e.field === 'levels › item 3 › id')!;
    expect(dup.message).toBe('Level 3 (“Again”): its key “l1” is already used by another entry: give each its own.');
    expect(lines[dup.line! - 1]).toContain('"id": "l1"');
    const ghost = errors.find((e) => e.field === 'expectations › item 1 › competency')!;
    expect(ghost.message).toBe("Expectation 1: its competency “ghost” is not one of the ladder's competencies.");
    expect(lines[ghost.line! - 1]).toContain('ghost');
  });

  it('reports wrong types, missing levels, unknown fields and a wrong format marker', () => {
    const base = exportLadder(small).yaml;
    expect(errorsOf(base.replace(/^levels:[\s\S]*?^areas:/m, 'areas:'), 'x.yaml')).toContainEqual(
      expect.objectContaining({
        field: 'levels',
        message: expect.stringMatching(/^The file's levels must be a list of levels\.$/),
      }),
    );
    expect(errorsOf(base.replace('name: Small', 'name: 12\nrating: 5'), 'x.yaml')).toEqual([
      expect.objectContaining({ field: 'name', line: expect.any(Number) }),
      expect.objectContaining({
        field: 'rating',
        message: 'The field “rating” is not part of the Cairn ladder format: remove it or check its spelling.',
      }),
    ]);
    expect(errorsOf(base.replace('formatVersion: 1', 'formatVersion: 9'), 'x.yaml')[0]).toMatchObject({
      field: 'formatVersion',
      line: 2,
    });
    expect(errorsOf('[1, 2]')[0]!.message).toMatch(/one ladder object/);
  });

  it('gives the line of a JSON syntax error', () => {
    const errors = errorsOf('{\n  "format": "cairn-ladder",\n  "name": "x",,\n}');
    expect(errors[0]!.line).toBe(3);
  });
});

describe('every importer', () => {
  it('refuses an empty file and a whitespace-only file', () => {
    for (const format of ['auto', 'cairn', 'csv', 'ft-yaml', 'monzo-md'] as const) {
      for (const text of ['', '  \n\t\n']) {
        expect(previewImport(format, text, 'x')).toEqual({
          ok: false,
          format: null,
          errors: [{ message: 'The file is empty.' }],
        });
      }
    }
  });

  it('refuses a 5 MB file quickly, saying how large it is', () => {
    const huge = `Competency,L1\n${'Code,writes code\n'.repeat(300_000)}`;
    expect(huge.length).toBeGreaterThan(5_000_000);
    for (const format of ['auto', 'cairn', 'csv', 'ft-yaml', 'monzo-md'] as const) {
      const started = performance.now();
      const result = previewImport(format, huge, 'huge.csv');
      expect(performance.now() - started).toBeLessThan(50);
      expect(result).toMatchObject({
        ok: false,
        errors: [{ message: expect.stringMatching(/^The file is 5\.\d MB; a ladder file can be at most 1\.0 MB/) }],
      });
    }
  });

  it('asks for the format when it cannot tell', () => {
    const result = previewImport('auto', 'just some words', 'notes.txt');
    expect(result).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/choose the format/) }] });
  });

  it('caps a flood of problems at 100 and says how many more there are', () => {
    const rows = Array.from({ length: 150 }, () => ',x').join('\n');
    const result = previewImport('csv', `Competency,L1\n${rows}\n`, 'x.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(101);
    expect(result.errors[100]!.message).toBe('…and 50 more problems.');
  });
});
