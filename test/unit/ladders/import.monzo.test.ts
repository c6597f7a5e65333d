import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewImport } from '#electron/domains/ladders/import';
import { importProblems } from '../../support/ladderImport';

const monzo = readFileSync('test/fixtures/ladders/monzo-backend.md', 'utf8');
const run = (text: string) => previewImport('monzo-md', text, 'backend.md');
const errorsOf = (text: string) => importProblems('monzo-md', text, 'backend.md');

describe('Monzo progression-framework Markdown', () => {
  it('reads the real backend framework: 6 levels, 5 topics, criteria and examples', () => {
    const result = previewImport('auto', monzo, 'monzo-backend.md');
    expect(result.ok && result.format).toBe('monzo-md');
    if (!result.ok) return;
    const doc = result.ladder;
    expect(doc.name).toBe('Backend Engineering Framework');
    expect(doc.levels.map((l) => l.name)).toEqual(['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5', 'Level 6']);
    expect(doc.competencies.map((c) => c.name)).toEqual([
      'Communication',
      'Impact',
      'Leadership',
      'Influence',
      'Mastery',
    ]);
    const comms2 = doc.expectations.find((e) => e.competency === 'communication' && e.level === '2')!;
    expect(comms2.text.split('\n')).toContain('- Accepts feedback graciously');
    expect(comms2.text).toContain('- Provides helpful and actionable feedback in code reviews in an empathetic manner');
    expect(comms2.examples).toEqual([
      'Take a look at the levelling up your code reviews talk for some ideas',
      'I decided to X instead of Y here, I also considered Z but for these reasons I went with X',
    ]);
  });

  it('handles another framework with 7 levels, a title per topic and no examples', () => {
    const other = `---
title: Data Science
levels: 7
topics:
  - name: modelling
    title: Modelling
    content:
      - level: 7
        criteria:
          - Sets the modelling direction
---
# Body text is not imported
`;
    const result = run(other);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ladder.levels).toHaveLength(7);
    expect(result.ladder.expectations).toEqual([
      { competency: 'modelling', level: '7', text: '- Sets the modelling direction', examples: [] },
    ]);
  });

  it('refuses a file without front matter', () => {
    expect(errorsOf('# Just a heading\n')[0]).toMatchObject({ line: 1 });
  });

  it('reports missing levels, a level out of range and a duplicate topic with file line numbers', () => {
    const noLevels = monzo.replace('levels: 6\n', '');
    expect(errorsOf(noLevels)[0]!.message).toMatch(/^The front matter does not say how many levels there are/);
    const errors = errorsOf(
      '---\nlevels: 2\ntopics:\n  - name: a\n    content:\n      - level: 3\n        criteria: [x]\n  - name: a\n    content: []\n---\n',
    );
    expect(errors).toEqual([
      {
        line: 6,
        field: 'topics › item 1 › content › item 1 › level',
        message: "Topic 1 (“a”), level entry 1: its level 3 is outside the framework's levels 1 to 2.",
      },
      {
        line: 8,
        field: 'topics › item 2 › name',
        message: 'Topic 2 (“a”): another topic is already called “a”: give each its own name.',
      },
    ]);
  });

  it('reports wrong types: levels as text, criteria that are not text', () => {
    expect(errorsOf('---\nlevels: six\ntopics: []\n---\n')[0]).toMatchObject({ line: 2, field: 'levels' });
    const errors = errorsOf(
      '---\nlevels: 1\ntopics:\n  - name: a\n    content:\n      - level: 1\n        criteria:\n          - {not: text}\n---\n',
    );
    expect(errors).toEqual([
      {
        line: 8,
        field: 'topics › item 1 › content › item 1 › criteria › item 1',
        message: 'Topic 1 (“a”), level entry 1, criterion 1: it must be text.',
      },
    ]);
  });
});
