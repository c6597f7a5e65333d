import { describe, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import type { TestApp } from '../support/testApp';
import { closedAfterEach } from '../support/testApps';
import { addItem, weeklySeries } from '../support/oneOnOnes';

const start = closedAfterEach();

function fill(app: TestApp) {
  const team = app.call('teams.create', { name: 'Platform', description: 'Infra — "quoted" and ünïcode' });
  app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace', teamId: team.id, timeZone: 'Europe/London' });
  const left = app.call('people.create', { ...emptyPersonFields, name: 'Grace Hopper', pronouns: 'she/her' });
  app.call('people.archive', { id: left.id });
  // 1:1s: link tables without rowids, and notes that must be searchable again after import.
  const ada = app.call('people.list', {})[0]!;
  weeklySeries(app, ada.id);
  const meetingId = app.call('oneOnOnes.prep', { personId: ada.id }).upcoming!.id;
  app.call('oneOnOnes.saveNotes', { meetingId, sharedNotes: 'Talked about the compiler rewrite' });
  addItem(app, meetingId, 'action', 'them', 'Write the design doc');
}

const tablesOf = (app: TestApp) => JSON.parse(app.call('data.exportAll', {}).json).tables;

describe('full export and import', () => {
  it('restores exactly what was exported into an empty store', () => {
    const source = start();
    fill(source);
    const exported = source.call('data.exportAll', {});
    expect(exported.markdown).toContain('# Ada Lovelace');
    expect(exported.markdown).toContain('# Grace Hopper');

    const target = start();
    expect(target.call('data.previewImport', { json: exported.json }).counts).toMatchObject({ people: 2, teams: 1 });
    expect(target.call('data.importAll', { json: exported.json }).counts).toMatchObject({ people: 2, teams: 1 });
    expect(tablesOf(target)).toEqual(JSON.parse(exported.json).tables);
    target.restart();
    expect(target.call('people.list', { status: 'left' }).map((p) => p.name)).toEqual(['Grace Hopper']);
    expect(target.call('oneOnOnes.search', { text: 'compiler' })).toHaveLength(1);
  });

  it('refuses a damaged or foreign file with the place at fault, importing nothing', () => {
    const source = start();
    fill(source);
    const good = JSON.parse(source.call('data.exportAll', {}).json);
    const target = start();
    const attempt = (json: string) => target.send('data.importAll', { json });
    const withTables = (tables: unknown) => JSON.stringify({ ...good, tables });

    expect(attempt('{ not json')).toMatchObject({
      ok: false,
      error: { field: 'json', message: expect.stringContaining('not valid JSON') },
    });
    expect(attempt(JSON.stringify({ ...good, format: 'lattice' }))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not a Cairn export') },
    });
    expect(attempt(JSON.stringify({ ...good, schemaVersion: 999 }))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('its data is version 999') },
    });
    expect(attempt(withTables({ ...good.tables, secrets: [] }))).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^The file holds a kind of record Cairn does not know \(“secrets”\)/) },
    });
    const extraColumn = structuredClone(good.tables);
    extraColumn.people[1].salary = 100;
    expect(attempt(withTables(extraColumn))).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Person 2 \(“[^”]+”\) has a field Cairn does not know \(“salary”\)/) },
    });
    const badRow = structuredClone(good.tables);
    badRow.people[1].name = '';
    expect(attempt(withTables(badRow))).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/ Person 2, its name: name is required/) },
    });
    const dangling = structuredClone(good.tables);
    dangling.teams = [];
    expect(attempt(withTables(dangling))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('points at a record missing') },
    });

    expect(target.call('people.list', { status: 'all' })).toEqual([]);
    expect(target.call('teams.list', {})).toEqual([]);
  });

  it('never merges into a store that holds data', () => {
    const source = start();
    fill(source);
    const json = source.call('data.exportAll', {}).json;
    expect(source.send('data.importAll', { json })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(source.call('people.list', { status: 'all' })).toHaveLength(2);
  });
});
