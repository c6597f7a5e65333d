import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssessmentFieldsInput } from '#shared/ladders/assessment';
import { createTestApp, type TestApp } from '../support/testApp';
import { personOnLadder } from '../support/ladders';
import { rowCount } from '../support/dbSnapshot';

let app: TestApp;
let ladderId: string;
let personId: string;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-10T09:00:00Z') });
  ladderId = app.call('ladders.addBuiltIn', { key: 'engineering' }).id;
  personId = personOnLadder(app, ladderId, 'e2', { name: 'Ada Lovelace' }).id;
});
afterEach(() => app.close());

const fields = (over: Partial<AssessmentFieldsInput> = {}): AssessmentFieldsInput => ({
  ladderId,
  levelId: 'e2',
  assessedOn: '2026-03-01',
  summary: 'Solid quarter.',
  ratings: [
    { competencyId: 'code', rating: 'exceeding', note: 'Great reviews' },
    { competencyId: 'design', rating: 'meeting', note: '' },
    { competencyId: 'growing', rating: 'working_towards', note: '' },
  ],
  evidence: [
    {
      text: 'Led the payments refactor',
      competencyIds: ['code', 'design'],
      seenOn: '2026-02-20',
      meetingId: null,
      meetingLabel: '',
    },
  ],
  ...over,
});
const count = (table: string) => rowCount(app.db, table);

describe('assessments', () => {
  it('stores ratings and evidence that backs several competencies', () => {
    const a = app.call('assessments.create', { personId, fields: fields() });
    expect(a.ratings).toHaveLength(3);
    expect(a.evidence).toEqual([
      expect.objectContaining({
        text: 'Led the payments refactor',
        competencyIds: ['code', 'design'],
        meetingId: null,
        meetingLabel: '',
      }),
    ]);
    expect(app.call('assessments.list', { personId })).toEqual([
      expect.objectContaining({
        levelName: 'Engineer 2',
        counts: [
          { step: expect.objectContaining({ id: 'working_towards', name: 'Working towards' }), count: 1 },
          { step: expect.objectContaining({ id: 'meeting', name: 'Meeting' }), count: 1 },
          { step: expect.objectContaining({ id: 'exceeding', name: 'Exceeding' }), count: 1 },
        ],
        evidence: 1,
        versionNumber: 1,
      }),
    ]);
  });

  it('keeps dated snapshots, newest first, and updating one replaces its ratings', () => {
    const first = app.call('assessments.create', { personId, fields: fields({ assessedOn: '2026-01-05' }) });
    const second = app.call('assessments.create', {
      personId,
      fields: fields({ ratings: [{ competencyId: 'growing', rating: 'meeting', note: '' }] }),
    });
    expect(app.call('assessments.list', { personId }).map((s) => s.id)).toEqual([second.id, first.id]);
    const updated = app.call('assessments.update', {
      id: first.id,
      fields: fields({ assessedOn: '2026-01-05', ratings: [], evidence: [] }),
    });
    expect(updated.ratings).toEqual([]);
    expect(count('assessment_ratings')).toBe(1);
    expect(count('evidence_competencies')).toBe(2);
  });

  it('refuses ratings on competencies the level does not have, twice-rated ones, unknown evidence links and future dates — writing nothing', () => {
    const refusals: [Partial<AssessmentFieldsInput>, string][] = [
      [
        { ratings: [{ competencyId: 'growing', rating: 'meeting', note: '' }], levelId: 'e1' },
        'ratings.0.competencyId',
      ],
      [{ ratings: [{ competencyId: 'ghost', rating: 'meeting', note: '' }] }, 'ratings.0.competencyId'],
      [
        {
          ratings: [
            { competencyId: 'code', rating: 'meeting', note: '' },
            { competencyId: 'code', rating: 'exceeding', note: '' },
          ],
        },
        'ratings.1.competencyId',
      ],
      [
        {
          evidence: [{ text: 'x', competencyIds: ['code', 'ghost'], seenOn: null, meetingId: null, meetingLabel: '' }],
        },
        'evidence.0.competencyIds.1',
      ],
      [{ assessedOn: '2026-03-11' }, 'assessedOn'],
      [{ levelId: 'nope' }, 'levelId'],
    ];
    for (const [over, field] of refusals) {
      expect(app.send('assessments.create', { personId, fields: fields(over) })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', field },
      });
    }
    expect(
      app.send('assessments.create', {
        personId,
        fields: fields({
          evidence: [{ text: 'x', competencyIds: [], seenOn: null, meetingId: null, meetingLabel: '' }],
        }),
      }),
    ).toMatchObject({
      ok: false,
      error: {
        field: 'fields.evidence.0.competencyIds',
        message: 'Link the evidence to at least one competency.',
      },
    });
    expect(count('assessments')).toBe(0);
    expect(count('assessment_evidence')).toBe(0);
  });

  it("an assessment without a date is dated with the store's today", () => {
    expect(app.call('assessments.create', { personId, fields: fields({ assessedOn: null }) }).assessedOn).toBe(
      '2026-03-10',
    );
  });

  it('exports a promotion case as Markdown', () => {
    const a = app.call('assessments.create', { personId, fields: fields() });
    const out = app.call('assessments.promotionCase', { id: a.id });
    expect(out.fileBaseName).toBe('promotion-case-ada-lovelace-2026-03-01');
    expect(out.markdown).toContain('# Promotion case: Ada Lovelace');
    expect(out.markdown).toContain('- Proposed level: Senior engineer');
    expect(out.markdown).toContain('- Led the payments refactor (2026-02-20)');
  });

  it('erasing the person lists and removes every assessment row; the export includes them', () => {
    app.call('assessments.create', { personId, fields: fields() });
    const preview = app.call('people.erasePreview', { id: personId });
    expect(preview.items).toContainEqual({ label: 'assessment', count: 1 });
    const exported = app.call('people.export', { id: personId });
    expect(exported.markdown).toContain('## Ladder assessments');
    expect(exported.json).toContain('Led the payments refactor');
    app.call('people.erase', { id: personId, confirmName: 'Ada Lovelace' });
    for (const table of ['assessments', 'assessment_ratings', 'assessment_evidence', 'evidence_competencies'])
      expect(count(table)).toBe(0);
  });
});
