import { afterEach, beforeEach, expect, it } from 'vitest';
import type { AssessmentFieldsInput } from '#shared/ladders/assessment';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';
import { PLATFORM_LADDER } from '../support/ladders';

let app: TestApp;
let personId: string;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-10T09:00:00Z') });
  personId = app.call('people.create', { ...emptyPersonFields, name: 'Priya Raman' }).id;
});
afterEach(() => app.close());

const importLadder = (text: string) => app.call('ladders.import', { format: 'cairn', text, fileName: 'platform.yaml' });

const fields = (ladderId: string, ratings: [string, string][], over: Partial<AssessmentFieldsInput> = {}) => ({
  ladderId,
  levelId: 'senior',
  assessedOn: '2026-03-01',
  summary: '',
  ratings: ratings.map(([competencyId, rating]) => ({ competencyId, rating, note: '' })),
  evidence: [],
  ...over,
});

it('an assessment on a 5-step ladder is stored, read and exported in that scale’s words', () => {
  const ladder = importLadder(PLATFORM_LADDER);
  expect(ladder.outline.scale?.steps.map((s) => s.name)).toEqual([
    'Not yet',
    'Developing',
    'Meeting',
    'Strong',
    'Role model',
  ]);
  const a = app.call('assessments.create', {
    personId,
    fields: fields(ladder.id, [
      ['code', 'role-model'],
      ['design', 'developing'],
    ]),
  });
  expect(a.ladder.scale.meets).toBe('meeting');
  expect(app.db.prepare('SELECT rating FROM assessment_ratings ORDER BY rowid').pluck().all()).toEqual([
    'role-model',
    'developing',
  ]);
  const [summary] = app.call('assessments.list', { personId });
  expect(summary!.counts.map((c) => [c.step.name, c.count])).toEqual([
    ['Not yet', 0],
    ['Developing', 1],
    ['Meeting', 0],
    ['Strong', 0],
    ['Role model', 1],
  ]);
  const promotion = app.call('assessments.promotionCase', { id: a.id }).markdown;
  expect(promotion).toContain('### Code — Role model');
  expect(promotion).toContain('### Design — Developing');
  const exported = app.call('people.export', { id: personId });
  expect(JSON.stringify(exported)).toContain('Design: Developing');

  // A step of another scale is refused beside the rating, and nothing is written.
  const refused = app.send('assessments.create', {
    personId,
    fields: fields(ladder.id, [['code', 'exceeding']]),
  });
  expect(refused).toMatchObject({
    ok: false,
    error: {
      code: 'invalid_input',
      field: 'ratings.0.rating',
      message:
        "“exceeding” is not a step of Platform ladder's rating scale: rate with one of Not yet, Developing, Meeting, Strong, or Role model.",
    },
  });
  expect(app.call('assessments.list', { personId })).toHaveLength(1);
});

it('an old assessment keeps the scale it was rated on when the ladder changes its scale', () => {
  const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
  const old = app.call('assessments.create', {
    personId,
    fields: { ...fields(ladder.id, [['code', 'exceeding']]), levelId: 'e2' },
  });
  const file = JSON.parse(app.call('ladders.export', { id: ladder.id }).json) as Record<string, unknown>;
  const { format: _f, formatVersion: _v, ...current } = file;
  expect(current).not.toHaveProperty('scale');
  const fourSteps = {
    steps: [
      { id: 'learning', name: 'Learning', description: '' },
      { id: 'solid', name: 'Solid', description: '' },
      { id: 'leading', name: 'Leading', description: '' },
      { id: 'shaping', name: 'Shaping', description: '' },
    ],
    meets: 'solid',
  };
  const updated = app.call('ladders.update', { id: ladder.id, doc: { ...current, scale: fourSteps } as never });
  // The version the old assessment points at is frozen: the new scale is a new version.
  expect(updated.version.number).toBe(2);

  const again = app.call('assessments.get', { id: old.id });
  expect(again.ladder.scale.steps.map((s) => s.id)).toEqual(['working_towards', 'meeting', 'exceeding']);
  expect(again.ratings).toEqual([{ competencyId: 'code', rating: 'exceeding', note: '' }]);
  // Editing it checks against its own scale still.
  expect(
    app.call('assessments.update', {
      id: old.id,
      fields: { ...fields(ladder.id, [['code', 'meeting']]), levelId: 'e2' },
    }).ratings[0]!.rating,
  ).toBe('meeting');
  expect(
    app.send('assessments.update', {
      id: old.id,
      fields: { ...fields(ladder.id, [['code', 'solid']]), levelId: 'e2' },
    }),
  ).toMatchObject({ ok: false, error: { field: 'ratings.0.rating' } });

  // A new one rates on the new scale.
  const fresh = app.call('assessments.create', {
    personId,
    fields: { ...fields(ladder.id, [['code', 'leading']]), levelId: 'e2', assessedOn: '2026-03-09' },
  });
  expect(fresh.ladder.scale.steps.map((s) => s.name)).toEqual(['Learning', 'Solid', 'Leading', 'Shaping']);
  const list = app.call('assessments.list', { personId });
  expect(list.map((s) => s.counts.filter((c) => c.count).map((c) => c.step.name))).toEqual([['Leading'], ['Meeting']]);
});

it('a bad scale in a ladder file is refused with its line and field, and nothing is imported', () => {
  const preview = (scale: string) =>
    app.call('ladders.previewImport', {
      format: 'cairn',
      text: PLATFORM_LADDER.replace(/scale:\n(?: {2}.*\n)+/, scale),
      fileName: 'platform.yaml',
    });
  expect(preview('scale:\n  steps: []\n  meets: meeting\n')).toEqual({
    ok: false,
    format: 'cairn',
    errors: [
      {
        line: 5,
        field: 'scale › steps',
        message: "The file's rating scale steps must have at least 2 steps, lowest first.",
      },
    ],
  });
  expect(
    preview('scale:\n  steps:\n    - { id: a, name: Growing }\n    - { id: b, name: growing }\n  meets: a\n'),
  ).toEqual({
    ok: false,
    format: 'cairn',
    errors: [
      {
        line: 7,
        field: 'scale › steps › item 2 › name',
        message: 'Step 2 (“growing”): another step is already called “growing”: give each its own name.',
      },
    ],
  });
  const eight = Array.from({ length: 8 }, (_, i) => `    - { id: s${i}, name: Step ${i} }\n`).join('');
  expect(preview(`scale:\n  steps:\n${eight}  meets: s1\n`)).toMatchObject({
    ok: false,
    errors: [{ field: 'scale › steps', message: "The file's rating scale steps must have at most 7 steps." }],
  });
  expect(
    app.send('ladders.import', {
      format: 'cairn',
      text: PLATFORM_LADDER.replace('meets: meeting', 'meets: great'),
      fileName: 'x.yaml',
    }),
  ).toMatchObject({
    ok: false,
    error: { code: 'invalid_input' },
  });
  expect(app.call('ladders.list', {})).toEqual([]);
});

it('a full export carries a 5-step assessment; one edited to a step its scale lacks is refused', () => {
  const ladder = importLadder(PLATFORM_LADDER);
  app.call('assessments.create', { personId, fields: fields(ladder.id, [['code', 'role-model']]) });
  const json = app.call('data.exportAll', {}).json;
  const into = (text: string) => {
    const target = createTestApp({ now: new Date('2026-03-10T09:00:00Z') });
    try {
      const result = target.send('data.importAll', { json: text });
      const ratings = result.ok ? target.db.prepare('SELECT rating FROM assessment_ratings').pluck().all() : [];
      return { result, ratings };
    } finally {
      target.close();
    }
  };
  expect(into(json)).toMatchObject({ result: { ok: true }, ratings: ['role-model'] });
  const edited = JSON.parse(json) as { tables: Record<string, Record<string, unknown>[]> };
  edited.tables.assessment_ratings![0]!.rating = 'exceeding';
  const refused = into(JSON.stringify(edited));
  expect(refused.result).toMatchObject({
    ok: false,
    error: {
      code: 'invalid_input',
      message: expect.stringMatching(/The assessment of Priya Raman on .*, its ratings: “exceeding” is not a step/),
    },
  });
});
