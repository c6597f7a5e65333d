import { describe, expect, it } from 'vitest';
import { summariseDebrief, type DebriefCard } from '#shared/interviews/debrief';

const items = [
  { key: 'a', name: 'Coding' },
  { key: 'b', name: 'Design' },
  { key: 'c', name: 'Communication' },
  { key: 'd', name: 'Ownership' },
];
const card = (id: string, rec: DebriefCard['recommendation'], scores: [string, number, string][]): DebriefCard => ({
  interviewerId: id,
  interviewerName: id.toUpperCase(),
  recommendation: rec,
  ratings: scores.map(([itemKey, score, evidence]) => ({ itemKey, score, evidence })),
});

describe('summariseDebrief', () => {
  // Scores by hand:          Coding  Design  Communication
  //   ann                     4       3       1 (no evidence)
  //   bob                     2       3       3
  //   cy                      3       2       4
  //   min/max                 2/4     2/3     1/4
  //   spread                  2       1       3
  const cards = [
    card('ann', 'strong_no', [
      ['a', 4, 'wrote the parser'],
      ['b', 3, 'split services'],
      ['c', 1, '  '],
    ]),
    card('bob', 'yes', [
      ['a', 2, 'needed hints'],
      ['b', 3, 'sound'],
      ['c', 3, 'clear'],
    ]),
    card('cy', 'yes', [
      ['a', 3, 'ok'],
      ['b', 2, 'shallow'],
      ['c', 4, 'excellent'],
    ]),
  ];
  const summary = summariseDebrief(items, cards);

  it('computes min, max and spread per competency', () => {
    const byName = Object.fromEntries(summary.rows.map((r) => [r.name, [r.min, r.max, r.spread]]));
    expect(byName).toEqual({
      Coding: [2, 4, 2],
      Design: [2, 3, 1],
      Communication: [1, 4, 3],
      Ownership: [null, null, null],
    });
  });

  it('lists disagreements of two or more points first, widest first, then the kit order', () => {
    expect(summary.rows.map((r) => r.name)).toEqual(['Communication', 'Coding', 'Design', 'Ownership']);
    expect(summary.disagreements).toEqual(['Communication', 'Coding']);
    expect(summary.rows.map((r) => r.disagreement)).toEqual([true, true, false, false]);
  });

  it('a spread of exactly one point is not a disagreement; two is', () => {
    const two = summariseDebrief(items.slice(0, 1), [
      card('x', 'yes', [['a', 1, 'e']]),
      card('y', 'yes', [['a', 3, 'e']]),
    ]);
    const one = summariseDebrief(items.slice(0, 1), [
      card('x', 'yes', [['a', 2, 'e']]),
      card('y', 'yes', [['a', 3, 'e']]),
    ]);
    expect(two.rows[0]!.disagreement).toBe(true);
    expect(one.rows[0]!.disagreement).toBe(false);
  });

  it('flags a score given without evidence, and keeps the matrix in interviewer order', () => {
    expect(summary.missingEvidence).toEqual([{ itemName: 'Communication', interviewerName: 'ANN' }]);
    expect(summary.rows[0]!.cells.map((c) => [c.interviewerId, c.score, c.missingEvidence])).toEqual([
      ['ann', 1, true],
      ['bob', 3, false],
      ['cy', 4, false],
    ]);
    // Ownership is in no one's kit version: blank, not "missing evidence".
    expect(summary.rows[3]!.cells.every((c) => c.score === null && !c.missingEvidence)).toBe(true);
  });

  it('tallies recommendations with every option present, including zeros', () => {
    expect(summary.tally).toEqual({ strong_no: 1, no: 0, yes: 2, strong_yes: 0 });
  });

  it('handles an empty panel and a single interviewer', () => {
    const empty = summariseDebrief(items, []);
    expect(empty.rows.every((r) => r.spread === null)).toBe(true);
    expect(empty.tally).toEqual({ strong_no: 0, no: 0, yes: 0, strong_yes: 0 });
    const single = summariseDebrief(items.slice(0, 1), [card('x', 'strong_yes', [['a', 4, 'e']])]);
    expect(single.rows[0]).toMatchObject({ spread: 0, disagreement: false });
  });
});
