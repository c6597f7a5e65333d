import { describe, expect, it } from 'vitest';
import { gapSignal, scoreMatch, suggestMentors, type AssessedCompetency } from '#shared/mentoring/matching';
import { formatDate } from '#shared/format';
import { matchPerson as person } from '../../support/mentoring';

/** The assessment's day as a manager reads it, in the locale the tests run in. */
const feb10 = formatDate('2026-02-10');

const rated = (competencyId: string, name: string, rating: AssessedCompetency['rating']): AssessedCompetency => ({
  competencyId,
  name,
  rating,
});

const ana = person('ana', {
  name: 'Ana',
  wantsMentor: true,
  wantsToMentor: false,
  interests: ['Public speaking'],
  assessment: {
    ladderId: 'eng',
    assessedOn: '2026-02-10',
    ratings: [
      rated('design', 'System design', 'working_towards'),
      rated('testing', 'Testing', 'meeting'),
      rated('ops', 'Operations', 'working_towards'),
    ],
  },
});

describe('gapSignal: assessed strengths on assessed gaps', () => {
  it('scores 5 per gap the mentor exceeds on (same ladder, by competency id), with a reason naming the assessment', () => {
    const omar = person('omar', {
      assessment: {
        ladderId: 'eng',
        assessedOn: '2026-01-05',
        // "Operations" renamed in the mentor's version: the id still matches within one ladder.
        ratings: [
          rated('design', 'System design', 'exceeding'),
          rated('ops', 'Running systems', 'exceeding'),
          rated('testing', 'Testing', 'exceeding'),
        ],
      },
    });
    expect(gapSignal(ana, omar)).toEqual({
      score: 10,
      reasons: [
        `Exceeding on System design, where Ana is working towards it (assessment of ${feb10})`,
        `Exceeding on Operations, where Ana is working towards it (assessment of ${feb10})`,
      ],
    });
  });

  it('scores nothing without a mentee gap, without a mentor assessment, or when the mentor is only meeting or also working towards it', () => {
    const exceedsAll = person('x', {
      assessment: {
        ladderId: 'eng',
        assessedOn: '2026-01-01',
        ratings: [rated('design', 'System design', 'exceeding')],
      },
    });
    expect(gapSignal(person('noAssessment'), exceedsAll)).toEqual({ score: 0, reasons: [] });
    const noGaps = person('b', {
      assessment: { ladderId: 'eng', assessedOn: '2026-01-01', ratings: [rated('design', 'System design', 'meeting')] },
    });
    expect(gapSignal(noGaps, exceedsAll)).toEqual({ score: 0, reasons: [] });
    expect(gapSignal(ana, person('unassessed'))).toEqual({ score: 0, reasons: [] });
    const alsoTowards = person('t', {
      assessment: {
        ladderId: 'eng',
        assessedOn: '2026-01-01',
        ratings: [rated('design', 'System design', 'working_towards'), rated('ops', 'Operations', 'meeting')],
      },
    });
    expect(gapSignal(ana, alsoTowards)).toEqual({ score: 0, reasons: [] });
  });

  it('matches competency names case-insensitively across different ladders, never ids', () => {
    const other = person('lee', {
      assessment: {
        ladderId: 'platform',
        assessedOn: '2025-12-01',
        // Same id "ops" on another ladder means nothing; the name "system  DESIGN" does.
        ratings: [rated('sd', 'system  DESIGN', 'exceeding'), rated('ops', 'Incident command', 'exceeding')],
      },
    });
    expect(gapSignal(ana, other)).toEqual({
      score: 5,
      reasons: [`Exceeding on System design, where Ana is working towards it (assessment of ${feb10})`],
    });
  });

  it('outranks a declared strength plus a shared interest: 5 against 3 + 1', () => {
    const assessed = person('assessed', {
      assessment: {
        ladderId: 'eng',
        assessedOn: '2026-01-01',
        ratings: [rated('design', 'System design', 'exceeding')],
      },
    });
    const declared = person('declared', { strengths: ['Public speaking'], interests: ['public speaking'] });
    expect(scoreMatch(ana, assessed).score).toBe(5);
    expect(scoreMatch(ana, declared).score).toBe(4);
    expect(suggestMentors(ana, [declared, assessed], new Set()).map((s) => [s.mentorId, s.score])).toEqual([
      ['assessed', 5],
      ['declared', 4],
    ]);
  });
});
