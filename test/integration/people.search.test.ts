import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPersonFields, type PersonFields } from '#shared/people/model';
import type { PersonSearch } from '#shared/people/search';
import { PERSON_SEARCH_LIMIT } from '#shared/people/searchLimits';
import { createTestApp, type TestApp } from '../support/testApp';
import { everyoneSql, matchesSql } from '#electron/domains/people/search';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.close());

const create = (name: string, patch: Partial<PersonFields> = {}) =>
  app.call('people.create', { ...emptyPersonFields, name, ...patch });
const names = (query: PersonSearch) => app.call('people.search', query).matches.map((p) => p.name);

describe('people.search: a picker asks for the people matching what was typed', () => {
  it('finds people by the first letters of any word of their name, preferred name, role or team', () => {
    const platform = app.call('teams.create', { name: 'Platform', description: '' });
    create('Ada Lovelace', { title: 'Staff engineer' });
    create('Grace Hopper', { preferredName: 'Amazing Grace', title: 'Engineering manager' });
    create('José Álvarez', { teamId: platform.id });
    create('Linus Pauling', { title: 'Designer' });

    expect(names({ text: 'ada' })).toEqual(['Ada Lovelace']);
    expect(names({ text: 'LOV' })).toEqual(['Ada Lovelace']);
    expect(names({ text: 'amaz' })).toEqual(['Grace Hopper']);
    expect(names({ text: 'manag' })).toEqual(['Grace Hopper']);
    expect(names({ text: 'plat' })).toEqual(['José Álvarez']);
    // Accents need not be typed; several words must each start a word.
    expect(names({ text: 'jose alv' })).toEqual(['José Álvarez']);
    expect(names({ text: 'ada engin' })).toEqual(['Ada Lovelace']);
    expect(names({ text: 'ada hop' })).toEqual([]);
    // Inside a word is not a start: "ace" is in "Lovelace" and "Grace".
    expect(names({ text: 'ace' })).toEqual([]);
    // What the picker shows of each, and no more.
    expect(app.call('people.search', { text: 'jos' }).matches).toEqual([
      { id: expect.any(String), name: 'José Álvarez', title: '', teamName: 'Platform', status: 'active' },
    ]);
  });

  it('ranks names starting with the text first, then a word of the name, then role or team; by name within each', () => {
    const team = app.call('teams.create', { name: 'Mars landing', description: '' });
    create('Zoe Martin');
    create('Marie Curie');
    create('Anna Marsh');
    create('Bea Quinn', { title: 'Marketing lead' });
    create('Abe Stone', { teamId: team.id });
    create('mark twain');
    expect(names({ text: 'mar' })).toEqual([
      'Marie Curie',
      'mark twain',
      'Anna Marsh',
      'Zoe Martin',
      'Abe Stone',
      'Bea Quinn',
    ]);
  });

  it('finds active people unless asked for those who left, or for everyone', () => {
    create('Ada Lovelace');
    const left = create('Ada Byron');
    app.call('people.archive', { id: left.id });
    expect(names({ text: 'ada' })).toEqual(['Ada Lovelace']);
    expect(names({ text: 'ada', status: 'left' })).toEqual(['Ada Byron']);
    expect(app.call('people.search', { text: 'ada', status: 'all' }).matches.map((p) => [p.name, p.status])).toEqual([
      ['Ada Byron', 'left'],
      ['Ada Lovelace', 'active'],
    ]);
  });

  it('answers at most the limit, everyone by name when nothing is typed, and leaves out the excluded', () => {
    app.db.transaction(() => {
      for (let i = 30; i >= 1; i--) create(`Person ${String(i).padStart(2, '0')}`);
    })();
    const everyone = app.call('people.search', { text: '' }).matches;
    expect(everyone.map((p) => p.name)).toEqual(
      Array.from({ length: PERSON_SEARCH_LIMIT }, (_, i) => `Person ${String(i + 1).padStart(2, '0')}`),
    );
    expect(names({ text: 'pers', limit: 3 })).toEqual(['Person 01', 'Person 02', 'Person 03']);
    const exclude = everyone.slice(0, 2).map((p) => p.id);
    expect(names({ text: 'pers', limit: 3, exclude })).toEqual(['Person 03', 'Person 04', 'Person 05']);
    expect(names({ text: '', limit: 1, exclude })).toEqual(['Person 03']);
  });

  it('returns the chosen people by id whatever the text and status, in the order asked', () => {
    const ada = create('Ada Lovelace');
    const grace = create('Grace Hopper');
    app.call('people.archive', { id: grace.id });
    const result = app.call('people.search', { text: 'zzz', chosen: [grace.id, ada.id] });
    expect(result.matches).toEqual([]);
    expect(result.chosen.map((p) => [p.name, p.status])).toEqual([
      ['Grace Hopper', 'left'],
      ['Ada Lovelace', 'active'],
    ]);
    // Someone erased is simply not there.
    app.call('people.erase', { id: ada.id, confirmName: 'Ada Lovelace' });
    expect(app.call('people.search', { text: '', chosen: [ada.id] }).chosen).toEqual([]);
  });

  it('keeps step with edits: a new name is found, the old one is not', () => {
    const ada = create('Ada Lovelace', { title: 'Engineer' });
    app.call('people.update', { id: ada.id, fields: { ...emptyPersonFields, name: 'Ada King', title: 'Countess' } });
    expect(names({ text: 'king' })).toEqual(['Ada King']);
    expect(names({ text: 'count' })).toEqual(['Ada King']);
    expect(names({ text: 'lovel' })).toEqual([]);
    expect(names({ text: 'engin' })).toEqual([]);
  });

  it('takes SQL wildcards, quotes and search syntax as text', () => {
    create('50% Done');
    create('Fifty Done');
    create("Siobhán O'Brien");
    create('Under_Score');
    create('Underscore');
    create('Rob Stone', { teamId: app.call('teams.create', { name: 'Abacus', description: '' }).id });
    expect(names({ text: '%' })).toEqual([]);
    expect(names({ text: '_' })).toEqual([]);
    expect(names({ text: '50%' })).toEqual(['50% Done']);
    // "_" is no wildcard: the name that starts with "under_" comes first, the word "under…" after.
    expect(names({ text: 'under_' })).toEqual(['Under_Score', 'Underscore']);
    expect(names({ text: 'a_a' })).toEqual([]);
    expect(names({ text: '%ba' })).toEqual([]);
    expect(names({ text: "o'br" })).toEqual(["Siobhán O'Brien"]);
    expect(names({ text: '"' })).toEqual([]);
    expect(names({ text: 'done" OR "fifty' })).toEqual([]);
    expect(names({ text: 'NEAR(' })).toEqual([]);
    expect(names({ text: '*' })).toEqual([]);
    expect(names({ text: '   ' }).length).toBe(6);
  });

  it('refuses text longer than a picker takes, and junk, with a clear message and no change', () => {
    create('Ada Lovelace');
    const long = app.send('people.search', { text: 'a'.repeat(10_000) });
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'text' } });
    expect(long.ok ? '' : long.error.message).toContain('at most 200 characters');
    expect(app.send('people.search', { text: 'a', exclude: ["1' OR 1=1 --"] })).toMatchObject({ ok: false });
    expect(app.send('people.search', { text: 'a', limit: 10_000 })).toMatchObject({ ok: false });
    expect(app.send('people.search', { text: 'a', everyone: true })).toMatchObject({ ok: false });
    expect(names({ text: 'ada' })).toEqual(['Ada Lovelace']);
  });

  it('reads the prefix index and the name indexes, never every person', () => {
    const params = { match: '"ada"*', nameMatch: '{name preferred_name} : ("ada"*)', prefix: 'ada%', limit: 20 };
    const plan = (sql: string, status?: string) =>
      (
        app.db
          .prepare(`EXPLAIN QUERY PLAN ${sql}`)
          .all(Object.fromEntries(Object.entries({ ...params, status }).filter(([k]) => sql.includes(`@${k}`)))) as {
          detail: string;
        }[]
      )
        .map((r) => r.detail)
        .join('\n');
    const match = plan(matchesSql('"ada"*', 'p.status = @status'), 'active');
    expect(match).toContain('SCAN people_fts VIRTUAL TABLE INDEX');
    expect(match).toMatch(/SEARCH p USING INDEX sqlite_autoindex_people_1 \(id=\?\)/);
    expect(match).toMatch(/SEARCH p USING INDEX people_team \(team_id=\?\)/);
    expect(match).not.toMatch(/SCAN p\b/);
    const active = plan(everyoneSql('p.status = @status'), 'active');
    expect(active).toContain('SEARCH p USING INDEX people_status_name (status=?)');
    const all = plan(everyoneSql('1'));
    expect(all).toContain('SCAN p USING INDEX people_name');
    expect(all).not.toContain('TEMP B-TREE');
  });
});
