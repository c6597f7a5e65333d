import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPersonFields, PEOPLE_PAGE, type PersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.close());

const person = (patch: Partial<PersonFields>): PersonFields => ({ ...emptyPersonFields, name: 'Someone', ...patch });

/** More people than two pages, names given out of order and in mixed case, some archived or in a team. */
function arrange(): { everyone: number; platform: string } {
  const platform = app.call('teams.create', { name: 'Platform', description: '' }).id;
  const everyone = 2 * PEOPLE_PAGE + 17;
  app.db.transaction(() => {
    for (let i = everyone; i >= 1; i--) {
      const name = `${i % 2 ? 'person' : 'Person'} ${String(i).padStart(3, '0')}`;
      const p = app.call('people.create', person({ name, teamId: i % 3 === 0 ? platform : null, title: 'Engineer' }));
      if (i % 10 === 0) app.call('people.archive', { id: p.id });
    }
  })();
  return { everyone, platform };
}

/** Every page from the first on, as the screen's "Show more" asks for them. */
function allPages(query: Record<string, unknown>) {
  const first = app.call('people.page', { ...query, offset: 0 });
  const rows = [...first.people];
  while (rows.length < first.total) {
    const next = app.call('people.page', { ...query, offset: rows.length });
    expect(next.total).toBe(first.total);
    expect(next.people.length).toBeGreaterThan(0);
    expect(next.people.length).toBeLessThanOrEqual(PEOPLE_PAGE);
    rows.push(...next.people);
  }
  return { first, rows };
}

describe('the people list a page at a time', () => {
  it('pages through everyone in the list order, each person once, with the same total on every page', () => {
    const { everyone } = arrange();
    const { first, rows } = allPages({ status: 'all' });
    expect(first.people).toHaveLength(PEOPLE_PAGE);
    expect(first.total).toBe(everyone);
    // The same people, in the same order, as the whole list (name without regard to case, then id).
    expect(rows.map((p) => p.id)).toEqual(app.call('people.list', { status: 'all' }).map((p) => p.id));
    expect(new Set(rows.map((p) => p.id)).size).toBe(everyone);
    expect(rows[0]!.name).toBe('person 001');
    expect(rows.at(-1)!.name).toBe(`person ${everyone}`);
    // Past the end: nothing, and the total still.
    expect(app.call('people.page', { status: 'all', offset: everyone })).toEqual({ people: [], total: everyone });
  });

  it('filters on the server, so search, team and status find people beyond the first page', () => {
    const { everyone, platform } = arrange();
    const active = allPages({});
    expect(active.first.total).toBe(everyone - Math.floor(everyone / 10));
    expect(active.rows.every((p) => p.status === 'active')).toBe(true);
    // The last person by name is far past the first page; search finds them on the first.
    const last = app.call('people.page', { search: `${everyone}`, status: 'all', offset: 0 });
    expect(last).toMatchObject({ total: 1, people: [{ name: `person ${everyone}` }] });
    const inTeam = allPages({ teamId: platform, status: 'all' });
    expect(inTeam.first.total).toBe(Math.floor(everyone / 3));
    expect(inTeam.rows.every((p) => p.teamName === 'Platform')).toBe(true);
    expect(app.call('people.page', { status: 'left', offset: 0 }).total).toBe(Math.floor(everyone / 10));
  });

  it('refuses a negative or fractional offset', () => {
    expect(app.send('people.page', { offset: -1 })).toMatchObject({ ok: false, error: { field: 'offset' } });
    expect(app.send('people.page', { offset: 1.5 })).toMatchObject({ ok: false, error: { field: 'offset' } });
  });
});
