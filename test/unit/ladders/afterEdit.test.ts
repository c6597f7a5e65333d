import { describe, expect, it } from 'vitest';
import { problemAfterEdit } from '#shared/ladders/afterEdit';

describe('a ladder problem found after an edit, in words', () => {
  it('names the ladder for a problem of a whole list', () => {
    expect(problemAfterEdit(['competencies'], 'must have at most 400 competencies')).toBe(
      'Cairn cannot make this change: the ladder must have at most 400 competencies.',
    );
  });

  it('names the part by its kind and place, counted from 1, never as a path', () => {
    const said = problemAfterEdit(['levels', 2, 'id'], 'duplicate id "e3"');
    expect(said).toBe('Cairn cannot make this change: duplicate id "e3" (level 3).');
    expect(said).not.toMatch(/levels\.2/);
    expect(problemAfterEdit(['scale', 'steps'], 'Needs at least two steps')).toBe(
      'Cairn cannot make this change: needs at least two steps (the rating scale).',
    );
  });
});
