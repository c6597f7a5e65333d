import { describe, expect, it } from 'vitest';
import type { KitVersion, Rating } from '#shared/interviews/model';
import {
  completenessProblems,
  ratingKeyProblems,
  recommendationOrderProblems,
  scorecardChangeProblems,
} from '#shared/interviews/scorecardRules';

const kit = {
  items: [
    { key: 'design', name: 'System design' },
    { key: 'collab', name: 'Collaboration' },
  ],
} as unknown as KitVersion;
const rated = (design: number | null, collab: number | null, evidence = 'seen'): Rating[] => [
  { itemKey: 'design', score: design, evidence },
  { itemKey: 'collab', score: collab, evidence },
];

describe('scorecard rules', () => {
  it("rates only the kit's items, each once", () => {
    expect(ratingKeyProblems(kit, [{ itemKey: 'design', score: 3, evidence: '' }])).toEqual([]);
    expect(ratingKeyProblems(kit, [{ itemKey: 'typing', score: 3, evidence: '' }])).toEqual([
      { field: 'ratings.0.itemKey', message: "This is not an item of this scorecard's kit: choose one of its items." },
    ]);
    expect(
      ratingKeyProblems(kit, [
        { itemKey: 'design', score: 3, evidence: '' },
        { itemKey: 'design', score: 2, evidence: '' },
      ]),
    ).toEqual([{ field: 'ratings.1.itemKey', message: 'This item is rated twice: keep one score.' }]);
  });

  it('no overall recommendation while a competency has no score', () => {
    expect(recommendationOrderProblems(kit, rated(3, null), 'yes')).toEqual([
      {
        field: 'recommendation',
        message: 'Rate every competency before the overall recommendation (“Collaboration” has no score yet).',
      },
    ]);
    expect(recommendationOrderProblems(kit, rated(3, null), null)).toEqual([]);
    expect(recommendationOrderProblems(kit, rated(3, 2), 'yes')).toEqual([]);
  });

  it('submitting needs every score, the evidence behind it and a recommendation, each at its field', () => {
    expect(completenessProblems(kit, rated(null, 2, ''), null)).toEqual([
      { field: 'ratings.0.score', message: 'Score “System design” before submitting.' },
      {
        field: 'ratings.1.evidence',
        message: 'Write the evidence behind the “Collaboration” score before submitting.',
      },
      { field: 'recommendation', message: 'Choose an overall recommendation before submitting.' },
    ]);
    expect(completenessProblems(kit, rated(3, 2, '  '), 'yes').map((p) => p.field)).toEqual([
      'ratings.0.evidence',
      'ratings.1.evidence',
    ]);
    expect(completenessProblems(kit, rated(3, 2), 'yes')).toEqual([]);
  });

  it('a submitted scorecard changes only by amendment, and only a submitted one is amended', () => {
    expect(scorecardChangeProblems('submitted', 'save')).toMatchObject([{ field: 'status', conflict: true }]);
    expect(scorecardChangeProblems('draft', 'amend')).toMatchObject([{ field: 'status', conflict: true }]);
    expect(scorecardChangeProblems('draft', 'save')).toEqual([]);
    expect(scorecardChangeProblems('submitted', 'amend')).toEqual([]);
  });
});
