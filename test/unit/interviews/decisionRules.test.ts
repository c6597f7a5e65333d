import { describe, expect, it } from 'vitest';
import { decisionProblems } from '#shared/interviews/decisionRules';

describe('decision rule', () => {
  it('decides only on written evidence: at least one submitted scorecard', () => {
    expect(decisionProblems(0)).toEqual([
      {
        field: 'outcome',
        message: 'No scorecard is submitted yet, so there is nothing to decide on.',
        conflict: true,
      },
    ]);
    expect(decisionProblems(1)).toEqual([]);
    expect(decisionProblems(3)).toEqual([]);
  });
});
