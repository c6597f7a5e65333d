import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignMentees, hungarian, totalScore } from '#shared/mentoring/assignment';
import { scoreMatch, suggestMentors, type Signal } from '#shared/mentoring/matching';
import { matchPerson as person } from '../../support/mentoring';

describe('scoreMatch and suggestMentors', () => {
  const mentee = person('mia', {
    wantsMentor: true,
    wantsToMentor: false,
    interests: ['System design', 'testing', 'Public speaking'],
  });

  it('scores 3 per wanted strength and 1 per shared interest, with the reasons', () => {
    const mentor = person('omar', { strengths: ['system  design', 'Testing', 'Go'], interests: ['public speaking'] });
    expect(scoreMatch(mentee, mentor)).toEqual({
      score: 7,
      reasons: ['Strong in what mia wants to grow: “System design”, “testing”', 'Shared interests: “Public speaking”'],
    });
  });

  it('takes further signals (e.g. assessment gaps) without changing the others', () => {
    const gapSignal: Signal = () => ({ score: 10, reasons: ['Strong where the latest assessment shows a gap'] });
    const result = scoreMatch(mentee, person('omar', { strengths: ['testing'] }), [gapSignal]);
    expect(result).toEqual({ score: 10, reasons: ['Strong where the latest assessment shows a gap'] });
  });

  it('ranks by score and never suggests the mentee, their manager, a full mentor, an unwilling one, or the current mentor', () => {
    const strong = person('strong', { strengths: ['testing', 'system design'] });
    const weak = person('weak', { strengths: ['testing'], capacity: 3 });
    const manager = person('boss', { strengths: ['testing', 'system design', 'public speaking'] });
    const full = person('full', { strengths: ['testing'], capacity: 2, openMentees: 2 });
    const unwilling = person('no', { strengths: ['testing'], wantsToMentor: false });
    const already = person('already', { strengths: ['testing'], capacity: 5 });
    const noOverlap = person('other', { strengths: ['cooking'] });
    const self = { ...mentee, wantsToMentor: true, strengths: ['testing'] };
    const result = suggestMentors(
      { ...mentee, managerId: 'boss' },
      [weak, manager, full, unwilling, already, noOverlap, self, strong],
      new Set(['already:mia']),
    );
    expect(result.map((s) => s.mentorId)).toEqual(['strong', 'weak']);
    expect(result[1]!.reasons).toEqual(['Strong in what mia wants to grow: “testing”', 'Room for 3 more mentees']);
  });
});

/** Every way to give each mentee a mentor or none, within capacity; the best total. */
function bruteForce(score: (number | null)[][], capacity: number[]): number {
  let best = 0;
  const used = capacity.map(() => 0);
  const go = (i: number, total: number) => {
    if (i === score.length) {
      best = Math.max(best, total);
      return;
    }
    go(i + 1, total);
    score[i]!.forEach((value, k) => {
      if (value === null || value <= 0 || used[k]! >= capacity[k]!) return;
      used[k]!++;
      go(i + 1, total + value);
      used[k]!--;
    });
  };
  go(0, 0);
  return best;
}

describe('hungarian', () => {
  it('solves a textbook 3×3 minimum-cost case checked by hand', () => {
    // Best: row0→col1 (1), row1→col0 (2), row2→col2 (2) = 5
    expect(
      hungarian([
        [4, 1, 3],
        [2, 0, 5],
        [3, 2, 2],
      ]),
    ).toEqual([1, 0, 2]);
  });
  it('handles rectangular matrices and empty input', () => {
    expect(hungarian([[5, 1, 9]])).toEqual([1]);
    expect(hungarian([])).toEqual([]);
  });
});

describe('assignMentees', () => {
  it('prefers the best total over first-come: greedy would score 10, the optimum 16', () => {
    // Greedy gives mentee 0 mentor A (9) and leaves mentee 1 with B (1): 10.
    // Optimal gives mentee 0 B (8) and mentee 1 A (8): 16.
    const score = [
      [9, 8],
      [8, 1],
    ];
    expect(assignMentees(score, [1, 1])).toEqual([1, 0]);
  });

  it('fills a mentor up to capacity, and leaves a mentee unassigned rather than use a forbidden pair', () => {
    expect(
      assignMentees(
        [
          [5, null],
          [4, null],
          [3, null],
        ],
        [2, 3],
      ),
    ).toEqual([0, 0, -1]);
    expect(assignMentees([[null], [0]], [5])).toEqual([-1, -1]);
  });

  const cases = fc
    .record({ mentees: fc.integer({ min: 1, max: 5 }), mentors: fc.integer({ min: 1, max: 4 }) })
    .chain(({ mentees, mentors }) =>
      fc.record({
        score: fc.array(
          fc.array(fc.option(fc.integer({ min: 0, max: 12 }), { freq: 4 }), { minLength: mentors, maxLength: mentors }),
          {
            minLength: mentees,
            maxLength: mentees,
          },
        ),
        capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: mentors, maxLength: mentors }),
      }),
    );

  it('matches brute force on random small cases, within capacity, never using a forbidden pair', () => {
    fc.assert(
      fc.property(cases, ({ score, capacity }) => {
        const assignment = assignMentees(score, capacity);
        expect(assignment).toHaveLength(score.length);
        capacity.forEach((cap, k) => expect(assignment.filter((a) => a === k).length).toBeLessThanOrEqual(cap));
        assignment.forEach((k, i) => {
          if (k >= 0) expect(score[i]![k]).toBeGreaterThan(0);
        });
        expect(totalScore(score, assignment)).toBe(bruteForce(score, capacity));
      }),
      { numRuns: 400, seed: 20261124 },
    );
  });
});
