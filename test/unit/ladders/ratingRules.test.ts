import { describe, expect, it } from 'vitest';
import { assessmentProblems, ratingRulesOf, ratingRulesOfOutline } from '#shared/ladders/rules';
import { ladderOutline } from '#shared/ladders/view';
import { STANDARD_SCALE } from '#shared/ladders/scale';
import { TEST_LADDER } from '../../support/ladders';

const TODAY = '2026-03-10';
const rated = (ratings: { competencyId: string; rating: string }[], over: Record<string, unknown> = {}) => ({
  levelId: 'l2',
  assessedOn: '2026-03-01',
  ratings: ratings.map((r) => ({ ...r, note: '' })),
  evidence: [] as { text: string; competencyIds: string[]; seenOn: null; meetingId: null; meetingLabel: string }[],
  ...over,
});

describe('the rating rules the assessment form and the store share', () => {
  const senior = ratingRulesOf(TEST_LADDER, 'l2');

  it('know the level, the scale and which competencies the level expects something of', () => {
    expect(senior.levelName).toBe('Senior');
    expect(senior.scale).toEqual(STANDARD_SCALE);
    expect([...senior.expected]).toEqual(['code', 'design']);
    expect([...senior.competencies]).toEqual(['code', 'design', 'ops']);
    expect(ratingRulesOf(TEST_LADDER, 'l9').levelName).toBeNull();
  });

  it('accept a rating on each expected competency, dated today or before', () => {
    const ok = rated([
      { competencyId: 'code', rating: 'exceeding' },
      { competencyId: 'design', rating: 'meeting' },
    ]);
    expect(assessmentProblems(senior, ok, TODAY)).toEqual([]);
    expect(assessmentProblems(senior, { ...ok, assessedOn: TODAY }, TODAY)).toEqual([]);
    expect(assessmentProblems(senior, { ...ok, assessedOn: null }, TODAY)).toEqual([]);
  });

  it('refuse, each beside its field and in order, what the store refuses', () => {
    const bad = rated(
      [
        { competencyId: 'code', rating: 'great' },
        { competencyId: 'talk', rating: 'meeting' },
        { competencyId: 'ops', rating: 'meeting' },
        { competencyId: 'design', rating: 'meeting' },
        { competencyId: 'design', rating: 'exceeding' },
      ],
      {
        assessedOn: '2026-03-11',
        evidence: [{ text: 'x', competencyIds: ['code', 'nope'], seenOn: null, meetingId: null, meetingLabel: '' }],
      },
    );
    expect(assessmentProblems(senior, bad, TODAY)).toEqual([
      {
        field: 'assessedOn',
        message: expect.stringMatching(
          /^The assessment date cannot be after today \(.+\): choose today or an earlier day\.$/,
        ),
      },
      {
        field: 'ratings.0.rating',
        message:
          "“great” is not a step of Test ladder's rating scale: rate with one of Working towards, Meeting, or Exceeding.",
      },
      {
        field: 'ratings.1.competencyId',
        message: 'The competency “talk” is not in Test ladder: rate only its competencies.',
      },
      { field: 'ratings.2.competencyId', message: 'This competency has no expectation at Senior.' },
      { field: 'ratings.4.competencyId', message: 'This competency is rated twice: keep one rating.' },
      {
        field: 'evidence.0.competencyIds.1',
        message: 'The competency “nope” is not in Test ladder: link the evidence to one of its competencies.',
      },
    ]);
  });

  it('refuse a level the ladder does not have, and check no rating against it', () => {
    const rules = ratingRulesOf(TEST_LADDER, 'l9');
    expect(
      assessmentProblems(rules, rated([{ competencyId: 'code', rating: 'oops' }], { levelId: 'l9' }), TODAY),
    ).toEqual([{ field: 'levelId', message: 'That level is not in Test ladder: choose one of its levels.' }]);
  });
});

describe('the rules a screen builds from the outline it is given', () => {
  it('are the rules the store builds from the whole ladder', () => {
    for (const level of ['l1', 'l2', 'm1', 'l9']) {
      expect(ratingRulesOfOutline(ladderOutline(TEST_LADDER), level)).toEqual(ratingRulesOf(TEST_LADDER, level));
    }
  });
});
