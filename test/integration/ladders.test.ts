import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectationOf } from '#shared/ladders/doc';
import { setExpectation } from '#shared/ladders/edit';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';
import { personOnLadder, assess, exportedDoc } from '../support/ladders';
import { rowCount } from '../support/dbSnapshot';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.close());

const ft = readFileSync('test/fixtures/ladders/ft-engineering.yml', 'utf8');
const fullDoc = (id: string, versionId?: string) => exportedDoc(app, id, versionId);
const count = (table: string) => rowCount(app.db, table);

describe('importing ladders', () => {
  it('imports a real file and lists it with its counts', () => {
    const ladder = app.call('ladders.import', { format: 'auto', text: ft, fileName: 'ft-engineering.yml' });
    expect(ladder.version.number).toBe(1);
    expect(ladder.source).toBe('Financial Times progression (YAML): ft-engineering.yml');
    expect(app.call('ladders.list', {})).toEqual([
      expect.objectContaining({
        id: ladder.id,
        name: 'Engineering',
        levels: 8,
        competencies: 9,
        versionNumber: 1,
        assessments: 0,
      }),
    ]);
  });

  it('imports nothing when the file has any problem, and says the first one with its line', () => {
    const broken = ft.replace('theme: technical', 'theme: wizardry');
    const result = app.send('ladders.import', { format: 'ft-yaml', text: broken, fileName: 'x.yml' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'text' } });
    expect(!result.ok && result.error.message).toMatch(
      /^The file has 1 problem; nothing was imported\. First, on line \d+, Competency \d+: its theme “wizardry” is not one of the file's themes\.$/,
    );
    expect(count('ladders')).toBe(0);
    expect(count('ladder_versions')).toBe(0);
  });

  it('previews without storing anything', () => {
    const preview = app.call('ladders.previewImport', { format: 'auto', text: ft, fileName: 'ft.yml' });
    expect(preview.ok).toBe(true);
    expect(count('ladders')).toBe(0);
  });

  it('adds a shipped starting point', () => {
    const builtIn = app.call('ladders.builtIn', {});
    expect(builtIn.map((b) => b.key)).toEqual(['engineering', 'product-design']);
    const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
    expect(ladder.outline.tracks.map((t) => t.name)).toEqual(['Individual contributor', 'Engineering management']);
    expect(app.send('ladders.addBuiltIn', { key: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'key' },
    });
  });

  it('exports in Cairn format and the export imports back to the same ladder', () => {
    const ladder = app.call('ladders.addBuiltIn', { key: 'product-design' });
    const out = app.call('ladders.export', { id: ladder.id });
    const again = app.call('ladders.import', { format: 'auto', text: out.json, fileName: `${out.fileBaseName}.json` });
    expect(fullDoc(again.id)).toEqual(fullDoc(ladder.id));
  });
});

describe('editing and versions', () => {
  it('edits an unused ladder in place, and makes a new version once an assessment uses it', () => {
    const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
    const edited = app.call('ladders.update', {
      id: ladder.id,
      doc: setExpectation(fullDoc(ladder.id), 'code', 'e1', 'Writes code.', []),
    });
    expect(edited.version.number).toBe(1);
    expect(edited.versions).toHaveLength(1);

    const person = personOnLadder(app, ladder.id, 'e1', { name: 'Ada' });
    const assessment = assess(app, person.id, {
      ladderId: ladder.id,
      levelId: 'e1',
      assessedOn: '2026-03-01',
      ratings: [{ competencyId: 'code', rating: 'meeting', note: '' }],
    });
    const v2 = app.call('ladders.update', {
      id: ladder.id,
      doc: setExpectation(fullDoc(edited.id), 'code', 'e1', 'Writes tested code.', []),
    });
    expect(v2.version.number).toBe(2);
    expect(v2.versions.map((v) => [v.number, v.assessments])).toEqual([
      [1, 1],
      [2, 0],
    ]);
    // The old assessment keeps the wording it was made against.
    const old = app.call('assessments.get', { id: assessment.id });
    expect(old.versionNumber).toBe(1);
    expect(old.ladder.expected.find((e) => e.competencyId === 'code')?.text).toBe('Writes code.');
    // An earlier version can still be read.
    const v1 = v2.versions[0]!.id;
    expect(expectationOf(fullDoc(ladder.id, v1), 'code', 'e1')?.text).toBe('Writes code.');
    expect(
      app
        .call('ladders.atLevel', { id: ladder.id, versionId: v1, levelId: 'e1' })
        .find((e) => e.competencyId === 'code')?.text,
    ).toBe('Writes code.');
    expect(app.call('ladders.get', { id: ladder.id, versionId: v1 }).version.number).toBe(1);
    // Editing again while v2 is unused stays on v2.
    expect(app.call('ladders.update', { id: ladder.id, doc: fullDoc(ladder.id) }).version.number).toBe(2);
  });

  it('refuses a document whose references are broken, naming the field, and writes nothing', () => {
    const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
    const full = fullDoc(ladder.id);
    const doc = { ...full, levels: [...full.levels, { id: 'e1', name: 'Twin', track: 'ic' }] };
    const before = app.db.prepare('SELECT doc FROM ladder_versions').pluck().all();
    expect(app.send('ladders.update', { id: ladder.id, doc })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        field: `doc.levels.${full.levels.length}.id`,
        message: expect.stringMatching(/“e1” is already used by another entry/),
      },
    });
    expect(app.db.prepare('SELECT doc FROM ladder_versions').pluck().all()).toEqual(before);
  });

  it('will not delete a ladder that assessments use; deleting an unused one clears people placed on it', () => {
    const used = app.call('ladders.addBuiltIn', { key: 'engineering' });
    const person = personOnLadder(app, used.id, 'e2', { name: 'Ada' });
    assess(app, person.id, { ladderId: used.id, levelId: 'e2', assessedOn: '2026-03-01' });
    expect(app.send('ladders.delete', { id: used.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'id' },
    });
    const unused = app.call('ladders.addBuiltIn', { key: 'product-design' });
    const grace = app.call('people.create', {
      ...emptyPersonFields,
      name: 'Grace',
      ladderId: unused.id,
      track: 'pm',
      level: 'pm2',
    });
    app.call('ladders.delete', { id: unused.id });
    expect(app.call('people.get', { id: grace.id })).toMatchObject({ ladderId: null, track: '', level: '' });
  });
});

describe("a person's place on a ladder", () => {
  it('must name a real ladder, a track of it and a level of that track', () => {
    const ladder = app.call('ladders.addBuiltIn', { key: 'engineering' });
    const base = { ...emptyPersonFields, name: 'Ada' };
    expect(app.send('people.create', { ...base, ladderId: crypto.randomUUID() })).toMatchObject({
      ok: false,
      error: { field: 'ladderId' },
    });
    expect(app.send('people.create', { ...base, ladderId: ladder.id, track: 'wizard' })).toMatchObject({
      ok: false,
      error: { field: 'track' },
    });
    expect(app.send('people.create', { ...base, ladderId: ladder.id, track: 'ic', level: 'nope' })).toMatchObject({
      ok: false,
      error: { field: 'level' },
    });
    expect(app.send('people.create', { ...base, ladderId: ladder.id, track: 'ic', level: 'm1' })).toMatchObject({
      ok: false,
      error: { field: 'level', message: 'Engineering manager is not on the chosen track.' },
    });
    expect(count('people')).toBe(0);
    const ok = app.call('people.create', { ...base, ladderId: ladder.id, track: 'mgmt', level: 'm1' });
    expect(ok).toMatchObject({ ladderId: ladder.id, track: 'mgmt', level: 'm1' });
    // Without a ladder, track and level stay free text as before.
    expect(app.call('people.create', { ...base, name: 'Grace', track: 'IC', level: 'Senior' })).toMatchObject({
      track: 'IC',
      level: 'Senior',
    });
  });
});
