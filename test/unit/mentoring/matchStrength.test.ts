import { describe, expect, it } from 'vitest';
import { matchStrength, matchSummary } from '#shared/mentoring/matchStrength';

// Points, as matching.ts gives them: 5 per assessed gap exceeded, 3 per wanted strength, 1 per shared interest.
describe('matchStrength', () => {
  it('says strong for an assessed gap the mentor exceeds on, or two wanted strengths', () => {
    expect(matchStrength(5)).toBe('strong');
    expect(matchStrength(6)).toBe('strong');
    expect(matchStrength(12)).toBe('strong');
  });

  it('says good for one wanted strength, with or without a shared interest', () => {
    expect(matchStrength(3)).toBe('good');
    expect(matchStrength(4)).toBe('good');
  });

  it('says common ground for shared interests only', () => {
    expect(matchStrength(1)).toBe('common-ground');
    expect(matchStrength(2)).toBe('common-ground');
  });
});

describe('matchSummary', () => {
  it('counts the matches of a proposal by strength, strongest first, in words', () => {
    expect(matchSummary([6, 6], { locale: 'en-GB' })).toBe('2 strong matches');
    expect(matchSummary([3], { locale: 'en-GB' })).toBe('1 good match');
    expect(matchSummary([3, 12, 1], { locale: 'en-GB' })).toBe('1 strong match, 1 good and 1 on common ground only');
    expect(matchSummary([1, 2, 4], { locale: 'en-US' })).toBe('1 good match and 2 on common ground only');
    expect(matchSummary([2], { locale: 'en-GB' })).toBe('1 match on common ground only');
  });
});
