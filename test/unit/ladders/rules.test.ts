import { describe, expect, it } from 'vitest';
import { daysBetween } from '#shared/calendar';
import { isOverdue, isStale } from '#shared/goals/flags';
import type { AssessmentRecord as Assessment } from '#shared/ladders/assessment';
import { compareAssessments } from '#shared/ladders/compare';
import { diffLadders } from '#shared/ladders/diff';
import { nextLevel } from '#shared/ladders/doc';
import { addCompetency, addLevel, removeCompetency, setExpectation } from '#shared/ladders/edit';
import { meetingLabel } from '#shared/ladders/evidenceMeeting';
import { promotionCaseMarkdown } from '#shared/ladders/promotionCase';
import { readiness } from '#shared/ladders/readiness';
import { storedEvidence, TEST_LADDER } from '../../support/ladders';

const doc = TEST_LADDER;

function assessment(ratings: Assessment['ratings'], extra: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a',
    personId: 'p',
    ladderId: 'x',
    ladderName: 'Test ladder',
    versionId: 'v',
    versionNumber: 1,
    levelId: 'l1',
    assessedOn: '2026-03-01',
    summary: '',
    ratings,
    evidence: [],
    doc,
    createdAt: '',
    updatedAt: '',
    ...extra,
  };
}

describe('ladder documents', () => {
  it('the next level stays on the same track and ends at the top', () => {
    expect(nextLevel(doc, 'l1')?.id).toBe('l2');
    expect(nextLevel(doc, 'l2')).toBeUndefined();
    expect(nextLevel(doc, 'm1')).toBeUndefined();
  });

  it('diff names added, removed and changed parts and expectations', () => {
    let next = setExpectation(doc, 'code', 'l1', 'Writes tested code', []);
    next = removeCompetency(next, 'ops');
    next = addLevel(next, 'Staff', 'ic');
    next = addCompetency(next, 'Mentoring', null, 'People');
    const changes = diffLadders(doc, next).map((c) => `${c.kind} ${c.part}: ${c.label}`);
    expect(changes).toEqual([
      'added Level: Staff',
      'added Area: People',
      'added Competency: Mentoring',
      'removed Competency: Operations',
      'changed Expectation: Code at Engineer',
      'removed Expectation: Operations at Engineer',
    ]);
    expect(diffLadders(doc, doc)).toEqual([]);
  });

  it('a new level goes at the top of its own track, not at the end of the list', () => {
    const next = addLevel(doc, 'Staff', 'ic');
    expect(next.levels.map((l) => l.id)).toEqual(['l1', 'l2', 'staff', 'm1']);
  });

  it('emptying an expectation removes it; editing keeps its place', () => {
    expect(setExpectation(doc, 'code', 'l1', '   ', []).expectations).toHaveLength(4);
    expect(setExpectation(doc, 'code', 'l1', 'New', [' e1 ', '']).expectations[0]).toEqual({
      competency: 'code',
      level: 'l1',
      text: 'New',
      examples: ['e1'],
    });
  });
});

describe('readiness for the next level', () => {
  it('counts ratings over the competencies of the level and names strengths and gaps', () => {
    const r = readiness(
      assessment(
        [
          { competencyId: 'code', rating: 'exceeding', note: '' },
          { competencyId: 'design', rating: 'working_towards', note: '' },
        ],
        {
          evidence: [storedEvidence({ text: 'Shipped X', competencyIds: ['code', 'design'] })],
        },
      ),
    );
    expect(r.total).toBe(3);
    expect(r.counts.map((c) => [c.step.name, c.count])).toEqual([
      ['Working towards', 1],
      ['Meeting', 0],
      ['Exceeding', 1],
    ]);
    expect(r.unratedCount).toBe(1);
    expect(r.strengths.map((i) => i.name)).toEqual(['Code']);
    expect(r.gaps.map((i) => i.name)).toEqual(['Design']);
    expect(r.unrated.map((i) => i.name)).toEqual(['Operations']);
    expect(r.items.find((i) => i.name === 'Code')).toMatchObject({ evidence: 1, nextExpectation: 'Sets the bar' });
    expect(r.summary).toBe(
      'Of 3 competencies at Engineer: working towards in 1, exceeding in 1; 1 not rated. Already showing Senior behaviour in 1 area.',
    );
  });

  it('at the top of a track says so instead of naming a next level', () => {
    const r = readiness(assessment([{ competencyId: 'code', rating: 'meeting', note: '' }], { levelId: 'l2' }));
    expect(r.nextLevelName).toBeNull();
    expect(r.summary).toBe(
      'Of 2 competencies at Senior: meeting in 1; 1 not rated. This is the top level of the track.',
    );
  });

  it('the promotion case carries ratings, both levels’ wording and the evidence', () => {
    const md = promotionCaseMarkdown(
      'Ada',
      assessment([{ competencyId: 'code', rating: 'exceeding', note: 'Strong reviews' }], {
        evidence: [
          storedEvidence({
            text: '# Led the migration',
            seenOn: '2026-02-01',
            meetingId: 'm',
            meetingLabel: '1:1 on 1 Feb',
          }),
        ],
      }),
    );
    expect(md).toContain('# Promotion case: Ada');
    expect(md).toContain('- Proposed level: Senior');
    expect(md).toContain('### Code — Exceeding');
    expect(md).toContain('Expected at Senior: Sets the bar');
    expect(md).toContain('- \\# Led the migration (2026-02-01, 1:1 on 1 Feb)');
    expect(md).not.toContain('#/one-on-ones'); // sent outside Cairn: no in-app addresses
    expect(md).toContain('### Operations — Not rated');
  });

  it('evidence from a 1:1 that is gone keeps its label without a link; free-text labels get a prefix', () => {
    const md = promotionCaseMarkdown(
      'Ada',
      assessment([{ competencyId: 'code', rating: 'meeting', note: '' }], {
        evidence: [
          storedEvidence({ id: 'e1', text: 'Gone', meetingLabel: '1:1 on 3 Mar 2026' }),
          storedEvidence({ id: 'e2', text: 'Old', meetingLabel: 'the March one' }),
        ],
      }),
    );
    expect(md).toContain('- Gone (1:1 on 3 Mar 2026)');
    expect(md).toContain('- Old (1:1: the March one)');
    expect(md).not.toContain('](#');
  });

  it('labels a meeting by its calendar date', () => {
    expect(meetingLabel('2026-03-03')).toBe('1:1 on 3 Mar 2026');
    expect(meetingLabel('2025-12-31')).toBe('1:1 on 31 Dec 2025');
    expect(meetingLabel('2026-01-09')).toBe('1:1 on 9 Jan 2026');
  });
});

describe('comparing snapshots', () => {
  it('says for each competency whether the rating went up, down, stayed, appeared or went', () => {
    const a = assessment([
      { competencyId: 'code', rating: 'meeting', note: '' },
      { competencyId: 'design', rating: 'exceeding', note: '' },
      { competencyId: 'ops', rating: 'meeting', note: '' },
    ]);
    const b = assessment([
      { competencyId: 'code', rating: 'exceeding', note: '' },
      { competencyId: 'design', rating: 'meeting', note: '' },
    ]);
    const c = assessment([{ competencyId: 'code', rating: 'exceeding', note: '' }]);
    expect(compareAssessments(a, b).rows.map((r) => [r.name, r.change])).toEqual([
      ['Code', 'up'],
      ['Design', 'down'],
      ['Operations', 'gone'],
    ]);
    expect(compareAssessments(c, b).rows.map((r) => r.change)).toEqual(['same', 'new']);
    expect(compareAssessments(a, b).note).toBeNull();
  });
});

describe('goal flags', () => {
  it('counts calendar days across month ends and a DST change', () => {
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
  });

  it('overdue: due before today and still open; due today is not overdue', () => {
    expect(isOverdue('active', '2026-03-01', '2026-03-02')).toBe(true);
    expect(isOverdue('proposed', '2026-03-01', '2026-03-02')).toBe(true);
    expect(isOverdue('active', '2026-03-02', '2026-03-02')).toBe(false);
    expect(isOverdue('achieved', '2026-03-01', '2026-03-02')).toBe(false);
    expect(isOverdue('dropped', '2026-03-01', '2026-03-02')).toBe(false);
    expect(isOverdue('active', null, '2026-03-02')).toBe(false);
  });

  it('stale: 30 days or more without a check-in, open goals only', () => {
    expect(isStale('active', '2026-02-01', '2026-03-02')).toBe(false); // 29 days
    expect(isStale('active', '2026-01-31', '2026-03-02')).toBe(true); // 30 days
    expect(isStale('achieved', '2025-01-01', '2026-03-02')).toBe(false);
  });
});
