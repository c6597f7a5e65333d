import { describe, expect, it } from 'vitest';
import { ladderProblemSentence } from '#electron/domains/ladders/import/placeWords';
import { previewImport } from '#electron/domains/ladders/import';
import { quoted } from '#shared/format';
import { calendarProblemSentence } from '#shared/calendarFiles/problemWords';

const file = {
  competencies: [
    { id: 'code', name: 'Code' },
    { id: 'delivery', name: 'Delivery', description: 'x' },
    { id: 'blank', name: '' },
  ],
  topics: [{ name: 'Testing', content: [{ level: 9, criteria: [{}] }] }],
};

describe('ladder import problems in a manager’s words', () => {
  // [what the check found, where, what it said, the sentence a manager reads]
  it.each([
    ['an empty name', ['competencies', 2, 'name'], 'Competency name is required', 'Competency 3: give it a name.'],
    [
      'a wrong type',
      ['competencies', 1, 'description'],
      'must be text',
      'Competency 2 (“Delivery”): its description must be text.',
    ],
    [
      'a key used twice',
      ['competencies', 1, 'id'],
      '“code” is already used by another entry: give each its own',
      'Competency 2 (“Delivery”): its key “code” is already used by another entry: give each its own.',
    ],
    [
      'a nested list',
      ['topics', 0, 'content', 0, 'criteria', 0],
      'must be text',
      'Topic 1 (“Testing”), level entry 1, criterion 1: it must be text.',
    ],
    [
      'a sentence of its own, continued after the colon',
      ['topics', 0, 'name'],
      'Another topic is already called “Testing”: give each its own name',
      'Topic 1 (“Testing”): another topic is already called “Testing”: give each its own name.',
    ],
    ['the ladder itself', ['name'], 'Ladder name is required', 'Give the ladder a name.'],
    [
      'a list of the file',
      ['levels'],
      'must have at least one entry',
      "The file's levels must have at least one entry.",
    ],
    ['the whole file', [], 'The file is empty', 'The file is empty.'],
  ] as const)('%s', (_, path, said, sentence) => {
    expect(ladderProblemSentence(path, said, file)).toBe(sentence);
  });

  it('through a real import: the line number stays beside the sentence', () => {
    const text = JSON.stringify(
      {
        format: 'cairn-ladder',
        formatVersion: 1,
        name: 'Small',
        tracks: [{ id: 'ic', name: 'IC' }],
        levels: [{ id: 'l1', name: 'One', track: 'ic' }],
        areas: [{ id: 'a', name: 'Area' }],
        competencies: [
          { id: 'c', area: 'a', name: 'Comp' },
          { id: 'd', area: 'a', name: '   ' },
        ],
        expectations: [],
      },
      null,
      2,
    );
    const result = previewImport('cairn', text, 'small.json');
    expect(result).toMatchObject({ ok: false, errors: [{ message: 'Competency 2: give it a name.' }] });
    const line = !result.ok ? result.errors[0]!.line! : 0;
    expect(text.split('\n')[line - 1]).toContain('"name": "   "');
  });

  it('quotes a name in typographic quotes, on one line, cut when long', () => {
    expect(quoted('Weekly 1:1')).toBe('“Weekly 1:1”');
    expect(quoted('two\nlines')).toBe('“two lines”');
    expect(quoted('x'.repeat(80))).toBe(`“${'x'.repeat(59)}…”`);
  });
});

describe('calendar import problems', () => {
  it('name the event by its line and title, the reason read on after the colon', () => {
    expect(
      calendarProblemSentence({ line: 42, summary: 'Weekly 1:1', message: 'it has no start time (DTSTART).' }),
    ).toBe('Event on line 42 (“Weekly 1:1”): it has no start time (DTSTART).');
    expect(
      calendarProblemSentence({
        line: 7,
        summary: 'Ada / Sam',
        message: 'Cairn cannot follow its repeat rule: once a year',
      }),
    ).toBe('Event on line 7 (“Ada / Sam”): Cairn cannot follow its repeat rule: once a year.');
  });
});
