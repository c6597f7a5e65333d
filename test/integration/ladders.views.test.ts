import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectationOf } from '#shared/ladders/doc';
import type { LadderDoc } from '#shared/ladders/model';
import { EXPECTATION_ROWS_MAX } from '#shared/ladders/view';
import { createTestApp, type TestApp } from '../support/testApp';
import { personOnLadder, assess, exportedDoc, oneTrackLadder } from '../support/ladders';

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-10T09:00:00Z') });
});
afterEach(() => app.close());

const fullDoc = (id: string, versionId?: string) => exportedDoc(app, id, versionId);
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');
const KiB64 = 64 * 1024;
const versions = () => app.db.prepare('SELECT id, number, doc FROM ladder_versions ORDER BY number').all();

/** A ladder at the decade's scale: 100 competencies in 10 areas, 6 levels, a 30-word expectation in every cell. */
function bigDoc(): LadderDoc {
  const words = 'writes reviews plans ships mentors designs measures explains owns improves'.split(' ');
  const text = (n: number) => Array.from({ length: 30 }, (_, i) => words[(n + i * 7) % words.length]).join(' ');
  const levels = Array.from({ length: 6 }, (_, l) => ({ id: `l${l + 1}`, name: `Level ${l + 1}`, track: 'ic' }));
  const areas = Array.from({ length: 10 }, (_, a) => ({
    id: `a${a + 1}`,
    name: `Area ${a + 1}`,
    description: 'What this area covers, in a sentence.',
  }));
  const competencies = Array.from({ length: 100 }, (_, c) => ({
    id: `c${c + 1}`,
    area: `a${(c % 10) + 1}`,
    name: `Competency ${c + 1}`,
    description: 'A sentence about the competency and why it matters.',
  }));
  return oneTrackLadder('Big ladder', { levels, areas, competencies }, (ci, li) => ({
    text: text(ci * 6 + li),
    examples: ['An example of it.'],
  }));
}

describe('what the ladder screens get', () => {
  it('ladders.get carries the outline: names, descriptions and which levels say something, never the wording', () => {
    const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
    const doc = fullDoc(ladder.id);
    const view = app.call('ladders.get', { id: ladder.id });
    expect(view.outline.tracks).toEqual(doc.tracks);
    expect(view.outline.levels).toEqual(doc.levels);
    expect(view.outline.areas).toEqual(doc.areas);
    expect(view.outline.competencies.map(({ levels: _l, ...c }) => c)).toEqual(doc.competencies);
    const code = view.outline.competencies.find((c) => c.id === 'code')!;
    expect(code.levels).toEqual(doc.levels.filter((l) => expectationOf(doc, 'code', l.id)).map((l) => l.id));
    expect(JSON.stringify(view)).not.toContain(expectationOf(doc, 'code', 'e1')!.text);
    expect(view).not.toHaveProperty('doc');
  });

  it('ladders.expectations gives rows of the matrix, at the version asked for; unknown competencies are refused by place', () => {
    const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
    const v1 = ladder.version.id;
    const doc = fullDoc(ladder.id);
    const rows = app.call('ladders.expectations', { id: ladder.id, competencyIds: ['design', 'code'] });
    expect(rows).toEqual(doc.expectations.filter((e) => e.competency === 'code' || e.competency === 'design'));
    const person = personOnLadder(app, ladder.id, 'e1', { name: 'Ada' });
    assess(app, person.id, { ladderId: ladder.id, levelId: 'e1' });
    app.call('ladders.edit', {
      id: ladder.id,
      edit: { kind: 'setExpectation', competency: 'code', level: 'e1', text: 'New words.', examples: [] },
    });
    const at = (versionId?: string) =>
      app
        .call('ladders.expectations', { id: ladder.id, competencyIds: ['code'], ...(versionId ? { versionId } : {}) })
        .find((e) => e.level === 'e1')?.text;
    expect(at()).toBe('New words.');
    expect(at(v1)).toBe(expectationOf(doc, 'code', 'e1')!.text);
    expect(app.send('ladders.expectations', { id: ladder.id, competencyIds: ['code', 'wizardry'] })).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'competencyIds.1',
        message: 'That competency is no longer in Software engineering (Cairn starter): open the ladder again.',
      },
    });
    const tooMany = Array.from({ length: EXPECTATION_ROWS_MAX + 1 }, (_, i) => `c${i}`);
    expect(app.send('ladders.expectations', { id: ladder.id, competencyIds: tooMany })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'competencyIds' },
    });
  });

  it('ladders.atLevel gives what one level expects, competency by competency in ladder order', () => {
    const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
    const doc = fullDoc(ladder.id);
    const e3 = app.call('ladders.atLevel', { id: ladder.id, levelId: 'e3' });
    const expected = doc.competencies
      .filter((c) => expectationOf(doc, c.id, 'e3'))
      .map((c) => ({ competencyId: c.id, name: c.name, text: expectationOf(doc, c.id, 'e3')!.text }));
    expect(e3).toEqual(expected);
    expect(e3.length).toBeGreaterThan(0);
    expect(app.send('ladders.atLevel', { id: ladder.id, levelId: 'e9' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'levelId' },
    });
  });

  it('ladders.edit refuses a change the whole ladder cannot hold (the 101st level) in words, not a document path, and writes nothing', () => {
    const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
    const addLevel = (n: number) =>
      app.send('ladders.edit', { id: ladder.id, edit: { kind: 'addLevel', name: `Level ${n}`, track: 'ic' } });
    for (let n = fullDoc(ladder.id).levels.length + 1; n <= 100; n++) expect(addLevel(n)).toMatchObject({ ok: true });
    expect(fullDoc(ladder.id).levels).toHaveLength(100);
    const before = versions();
    expect(addLevel(101)).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'edit',
        message: 'Cairn cannot make this change: the ladder must have at most 100 levels.',
      },
    });
    expect(versions()).toEqual(before);
  });

  it('ladders.edit applies one change to the current version, and refuses one that points nowhere without writing', () => {
    const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
    const edit = (e: Record<string, unknown>) => app.send('ladders.edit', { id: ladder.id, edit: e });
    app.call('ladders.edit', {
      id: ladder.id,
      edit: { kind: 'addCompetency', name: 'Incident command', area: null, newArea: 'Operations' },
    });
    app.call('ladders.edit', {
      id: ladder.id,
      edit: { kind: 'addLevel', name: 'Distinguished engineer', track: 'ic' },
    });
    app.call('ladders.edit', {
      id: ladder.id,
      edit: {
        kind: 'setExpectation',
        competency: 'incident-command',
        level: 'e5',
        text: '  Runs the room.  ',
        examples: ['Led the outage call', ''],
      },
    });
    app.call('ladders.edit', { id: ladder.id, edit: { kind: 'removeCompetency', competency: 'growing' } });
    const renamed = app.call('ladders.edit', { id: ladder.id, edit: { kind: 'rename', name: 'Engineering at Acme' } });
    expect(renamed).toMatchObject({ name: 'Engineering at Acme', version: { number: 1 } });
    const doc = fullDoc(ladder.id);
    expect(doc.areas.at(-1)).toEqual({ id: 'operations', name: 'Operations', description: '' });
    expect(doc.levels.filter((l) => l.track === 'ic').at(-1)).toEqual({
      id: 'distinguished-engineer',
      name: 'Distinguished engineer',
      track: 'ic',
    });
    expect(expectationOf(doc, 'incident-command', 'e5')).toEqual({
      competency: 'incident-command',
      level: 'e5',
      text: 'Runs the room.',
      examples: ['Led the outage call'],
    });
    expect(doc.competencies.some((c) => c.id === 'growing')).toBe(false);

    const before = versions();
    expect(edit({ kind: 'setExpectation', competency: 'nope', level: 'e1', text: 'x', examples: [] })).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'edit.competency',
        message: 'That competency is no longer in this ladder: open the ladder again and choose one from the matrix.',
      },
    });
    expect(edit({ kind: 'setExpectation', competency: 'code', level: 'e9', text: 'x', examples: [] })).toMatchObject({
      ok: false,
      error: { field: 'edit.level' },
    });
    expect(edit({ kind: 'addCompetency', name: 'X', area: 'nowhere', newArea: '' })).toMatchObject({
      ok: false,
      error: { field: 'edit.area' },
    });
    expect(edit({ kind: 'addCompetency', name: 'X', area: null, newArea: ' ' })).toMatchObject({
      ok: false,
      error: { field: 'edit.newArea' },
    });
    expect(edit({ kind: 'addLevel', name: 'X', track: 'wizard' })).toMatchObject({
      ok: false,
      error: { field: 'edit.track' },
    });
    expect(edit({ kind: 'rename', name: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'edit.name' },
    });
    expect(edit({ kind: 'teleport' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(versions()).toEqual(before);
  });

  it('refuses to remove the last competency', () => {
    const ladder = app.call('ladders.import', {
      format: 'csv',
      text: 'Area,Competency,Junior\nCraft,Code,Writes code\n',
      fileName: 'one.csv',
    });
    const only = ladder.outline.competencies[0]!.id;
    expect(app.send('ladders.edit', { id: ladder.id, edit: { kind: 'removeCompetency', competency: only } })).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'edit.competency',
        message: 'A ladder needs at least one competency: add another before removing this one.',
      },
    });
  });

  it('ladders.diff lists what changed between two versions', () => {
    const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
    const person = personOnLadder(app, ladder.id, 'e1', { name: 'Ada' });
    assess(app, person.id, { ladderId: ladder.id, levelId: 'e1' });
    const old = expectationOf(fullDoc(ladder.id), 'code', 'e1')!.text;
    const v2 = app.call('ladders.edit', {
      id: ladder.id,
      edit: { kind: 'setExpectation', competency: 'code', level: 'e1', text: 'Tested code.', examples: [] },
    });
    const [from, to] = v2.versions.map((v) => v.id);
    expect(app.call('ladders.diff', { id: ladder.id, fromVersionId: from!, toVersionId: to! })).toEqual([
      {
        kind: 'changed',
        part: 'Expectation',
        label: 'Code and quality at Engineer 1',
        before: old,
        after: 'Tested code.',
      },
    ]);
    expect(app.call('ladders.diff', { id: ladder.id, fromVersionId: to!, toVersionId: to! })).toEqual([]);
    expect(
      app.send('ladders.diff', { id: ladder.id, fromVersionId: crypto.randomUUID(), toVersionId: to! }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'fromVersionId' },
    });
  });
});

describe('what the assessment screens get', () => {
  it('assessments.get carries the levels, every competency by name and the assessed level’s wording, not the document', () => {
    const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
    const doc = fullDoc(ladder.id);
    const person = personOnLadder(app, ladder.id, 'e2', { name: 'Ada' });
    const created = assess(app, person.id, {
      ladderId: ladder.id,
      levelId: 'e2',
      ratings: [{ competencyId: 'code', rating: 'exceeding', note: '' }],
    });
    const got = app.call('assessments.get', { id: created.id });
    expect(got).toEqual(created);
    expect(got).not.toHaveProperty('doc');
    expect(got.ladder.levels).toEqual(doc.levels);
    expect(got.ladder.competencies).toEqual(doc.competencies.map((c) => ({ id: c.id, name: c.name })));
    expect(got.ladder.expected).toEqual(
      doc.competencies
        .filter((c) => expectationOf(doc, c.id, 'e2'))
        .map((c) => ({ competencyId: c.id, text: expectationOf(doc, c.id, 'e2')!.text })),
    );
    // Other levels' wording stays out (the next level's is only needed for the promotion case, made in the store).
    expect(JSON.stringify(got)).not.toContain(expectationOf(doc, 'code', 'e3')!.text);
    expect(app.call('assessments.promotionCase', { id: created.id }).markdown).toContain(
      `Expected at Senior engineer: ${expectationOf(doc, 'code', 'e3')!.text}`,
    );
    const updated = app.call('assessments.update', {
      id: created.id,
      fields: { ladderId: ladder.id, levelId: 'e3', assessedOn: null, summary: 'Moved up', ratings: [], evidence: [] },
    });
    expect(updated.ladder.expected.find((e) => e.competencyId === 'code')?.text).toBe(
      expectationOf(doc, 'code', 'e3')!.text,
    );
  });

  it('keeps every response a screen asks for under 64 KiB for a 100-competency, 6-level ladder', () => {
    const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
    const big = app.call('ladders.update', { id: ladder.id, doc: bigDoc() });
    const person = personOnLadder(app, ladder.id, 'l3', { name: 'Ada' });
    const ratings = big.outline.competencies.map((c) => ({
      competencyId: c.id,
      rating: 'meeting' as const,
      note: 'Steady and clear.',
    }));
    const assessment = assess(app, person.id, { ladderId: ladder.id, levelId: 'l3', ratings });
    // The document itself is well over the limit: this is what the trimming is for.
    expect(bytes(fullDoc(ladder.id))).toBeGreaterThan(2 * KiB64);
    expect(bytes(app.call('ladders.get', { id: ladder.id }))).toBeLessThan(KiB64);
    expect(bytes(app.call('assessments.get', { id: assessment.id }))).toBeLessThan(KiB64);
    expect(bytes(app.call('ladders.atLevel', { id: ladder.id, levelId: 'l3' }))).toBeLessThan(KiB64);
    const ids = big.outline.competencies.map((c) => c.id);
    for (let i = 0; i < ids.length; i += EXPECTATION_ROWS_MAX) {
      expect(
        bytes(
          app.call('ladders.expectations', { id: ladder.id, competencyIds: ids.slice(i, i + EXPECTATION_ROWS_MAX) }),
        ),
      ).toBeLessThan(KiB64);
    }
  });
});
