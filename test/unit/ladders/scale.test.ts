import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from '#shared/ladders/assessment';
import { compareAssessments } from '#shared/ladders/compare';
import { ladderDocSchema, type LadderDoc } from '#shared/ladders/model';
import { promotionCaseMarkdown } from '#shared/ladders/promotionCase';
import { readiness } from '#shared/ladders/readiness';
import { barOf, scaleOf, STANDARD_SCALE, stepName, type RatingScale } from '#shared/ladders/scale';
import { assessmentTitle } from '#shared/ladders/title';

const five: RatingScale = {
  steps: [
    { id: 'not-yet', name: 'Not yet', description: '' },
    { id: 'developing', name: 'Developing', description: '' },
    { id: 'meeting', name: 'Meeting', description: 'Does what the level asks.' },
    { id: 'strong', name: 'Strong', description: '' },
    { id: 'role-model', name: 'Role model', description: '' },
  ],
  meets: 'meeting',
};

const base: LadderDoc = {
  name: 'Eng',
  description: '',
  tracks: [{ id: 'ic', name: 'IC' }],
  levels: [
    { id: 'senior', name: 'Senior Engineer', track: 'ic' },
    { id: 'staff', name: 'Staff Engineer', track: 'ic' },
  ],
  areas: [{ id: 'craft', name: 'Craft', description: '' }],
  competencies: [
    { id: 'code', area: 'craft', name: 'Code', description: '' },
    { id: 'design', area: 'craft', name: 'Design', description: '' },
  ],
  expectations: [
    { competency: 'code', level: 'senior', text: 'Sets the bar', examples: [] },
    { competency: 'design', level: 'senior', text: 'Designs services', examples: [] },
    { competency: 'code', level: 'staff', text: 'Sets the bar across teams', examples: [] },
    { competency: 'design', level: 'staff', text: 'Designs systems of services', examples: [] },
  ],
};

function snapshot(
  levelId: string,
  ratings: [string, string][],
  doc: LadderDoc = base,
  extra: Partial<AssessmentRecord> = {},
): AssessmentRecord {
  return {
    id: `a-${levelId}`,
    personId: 'p',
    ladderId: 'l',
    ladderName: 'Eng',
    versionId: 'v',
    versionNumber: 1,
    levelId,
    assessedOn: '2026-03-03',
    summary: '',
    ratings: ratings.map(([competencyId, rating]) => ({ competencyId, rating, note: '' })),
    evidence: [],
    doc,
    createdAt: '',
    updatedAt: '',
    ...extra,
  };
}

const problems = (scale: unknown) => {
  const parsed = ladderDocSchema.safeParse({ ...base, scale });
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe("a ladder's own rating scale", () => {
  it('is optional: a ladder without one rates on the standard three steps, whose ids old ratings use', () => {
    expect(scaleOf(base)).toBe(STANDARD_SCALE);
    expect(STANDARD_SCALE.steps.map((s) => s.id)).toEqual(['working_towards', 'meeting', 'exceeding']);
    expect(ladderDocSchema.parse(base).scale).toBeUndefined();
    expect(problems(five)).toEqual([]);
  });

  it('refuses an empty, duplicated, oversized or bar-less scale, saying where', () => {
    expect(problems({ steps: [], meets: 'x' })).toEqual(['scale.steps: must have at least 2 steps, lowest first']);
    const eight = Array.from({ length: 8 }, (_, i) => ({ id: `s${i}`, name: `Step ${i}` }));
    expect(problems({ steps: eight, meets: 's1' })).toEqual(['scale.steps: must have at most 7 steps']);
    expect(
      problems({
        steps: [
          { id: 'a', name: 'Growing' },
          { id: 'b', name: 'growing' },
          { id: 'a', name: 'Meeting' },
        ],
        meets: 'b',
      }),
    ).toEqual([
      'scale.steps.1.name: Another step is already called “growing”: give each its own name',
      'scale.steps.2.id: “a” is already used by another step: give each its own',
    ]);
    expect(problems({ steps: five.steps, meets: 'great' })).toEqual([
      'scale.meets: "great" is not one of the steps; name the step that meets the level',
    ]);
    expect(
      problems({
        steps: [
          { id: 'a', name: '' },
          { id: 'b', name: 'B' },
        ],
        meets: 'a',
      }),
    ).toEqual(['scale.steps.0.name: Step name is required: fill it in.']);
  });

  it('places each step against the bar and names it in its own words', () => {
    expect(five.steps.map((s) => barOf(five, s.id))).toEqual(['below', 'below', 'meets', 'above', 'above']);
    expect(stepName(five, 'role-model')).toBe('Role model');
    expect(stepName(STANDARD_SCALE, 'working_towards')).toBe('Working towards');
  });

  it('readiness, gaps, strengths and the promotion case use the assessment’s scale', () => {
    const doc = { ...base, scale: five };
    const a = snapshot(
      'senior',
      [
        ['code', 'role-model'],
        ['design', 'developing'],
      ],
      doc,
    );
    const r = readiness(a);
    expect(r.counts.map((c) => c.count)).toEqual([0, 1, 0, 0, 1]);
    expect(r.gaps.map((g) => g.name)).toEqual(['Design']);
    expect(r.strengths.map((g) => g.name)).toEqual(['Code']);
    expect(r.summary).toBe(
      'Of 2 competencies at Senior Engineer: developing in 1, role model in 1. Already showing Staff Engineer behaviour in 1 area.',
    );
    const md = promotionCaseMarkdown('Priya', a);
    expect(md).toContain('### Code — Role model');
    expect(md).toContain('### Design — Developing');
  });
});

describe('honest comparisons', () => {
  it('a Senior snapshot against a Staff one is not "down": it says the bar moved, in words', () => {
    const senior = snapshot('senior', [
      ['code', 'exceeding'],
      ['design', 'meeting'],
    ]);
    const staff = snapshot('staff', [
      ['code', 'meeting'],
      ['design', 'working_towards'],
    ]);
    const c = compareAssessments(senior, staff);
    expect(c.footing).toBe('higher-level');
    expect(c.rows.map((r) => [r.name, r.beforeName, r.afterName, r.change, r.words])).toEqual([
      ['Code', 'Exceeding', 'Meeting', 'rebased', 'Lower rating, higher bar'],
      ['Design', 'Meeting', 'Working towards', 'rebased', 'Lower rating, higher bar'],
    ]);
    expect(c.rows.some((r) => r.change === 'down' || r.words === 'Down')).toBe(false);
    expect(c.note).toBe(
      'The earlier assessment is against Senior Engineer, the later one against Staff Engineer, a higher level: the same rating there asks more, so a lower one is not a step back.',
    );
    const back = compareAssessments(staff, senior);
    expect(back.footing).toBe('lower-level');
    expect(back.rows.map((r) => r.words)).toEqual(['Higher rating, lower bar', 'Higher rating, lower bar']);
  });

  it('ratings on different scales are not ranked against each other', () => {
    const old = snapshot('senior', [['code', 'meeting']]);
    const rescaled = snapshot('senior', [['code', 'developing']], { ...base, scale: five });
    const c = compareAssessments(old, rescaled);
    expect(c.footing).toBe('other-scale');
    expect(c.rows[0]).toMatchObject({
      beforeName: 'Meeting',
      afterName: 'Developing',
      change: 'rebased',
      words: 'Another scale',
    });
  });

  it('on the same level and scale, up and down are said as before', () => {
    const doc = { ...base, scale: five };
    const c = compareAssessments(
      snapshot(
        'senior',
        [
          ['code', 'developing'],
          ['design', 'strong'],
        ],
        doc,
      ),
      snapshot(
        'senior',
        [
          ['code', 'meeting'],
          ['design', 'meeting'],
        ],
        doc,
      ),
    );
    expect(c.note).toBeNull();
    expect(c.rows.map((r) => r.words)).toEqual(['Up', 'Down']);
  });
});

it('an assessment is titled by whom, against which level and when', () => {
  expect(assessmentTitle('Priya', 'Senior Engineer', '2026-03-03', { locale: 'en-GB' })).toBe(
    'Priya · Senior Engineer assessment, 3 Mar 2026',
  );
});
