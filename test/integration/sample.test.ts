import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataTables, quoteName } from '#electron/domains/data/tables';
import { NOTES_INDEXES } from '#electron/domains/oneOnOnes/searchIndex';
import { emptyPersonFields } from '#shared/people/model';
import { formatTime } from '#shared/format';
import { createTestApp, type TestApp } from '../support/testApp';
import { assess } from '../support/ladders';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.close());

/** Rows in every user-data table, so "removed exactly what it loaded" covers domains added later too. */
function rowCounts(): Record<string, number> {
  return Object.fromEntries(
    dataTables(app.db).map((t) => [
      t,
      (app.db.prepare(`SELECT count(*) AS n FROM ${quoteName(t)}`).get() as { n: number }).n,
    ]),
  );
}

describe('sample team', () => {
  it("looks lived in: items resolved as the weeks went, career conversations tagged, each series on its person's clock at a time that suits a manager in London", () => {
    app.call('settings.update', { timeZone: 'Europe/London' });
    app.call('sample.load', {});
    const people = app.call('people.list', {});
    // The sample's "now" is in March (createTestApp): London is on GMT, Madrid on CET.
    for (const [name, zone, londonTime] of [
      ['Amara Osei', 'Europe/London', '10:00'],
      ['Priya Raman', 'Asia/Kolkata', '09:30'],
      ['Tomás Ruiz', 'Europe/Madrid', '14:00'],
    ] as const) {
      const prep = app.call('oneOnOnes.prep', { personId: people.find((p) => p.name === name)!.id });
      expect(prep.series!.timeZone).toBe(zone);
      expect(formatTime(prep.upcoming!.startsAt, { timeZone: 'Europe/London', locale: 'en-GB' })).toBe(londonTime);
      // Six 1:1s each raised an agenda item and most an action: a few remain open, not all of them.
      const open = prep.openItems.filter((i) => i.carried || i.kind === 'action').length;
      expect(open).toBeGreaterThan(0);
      expect(open).toBeLessThanOrEqual(3);
    }
    const amara = app.call('oneOnOnes.prep', { personId: people.find((p) => p.name === 'Amara Osei')!.id });
    expect(amara.daysSinceCareer).not.toBeNull();
    expect(amara.series!.time).toBe('10:00');
  });

  it('loads into an empty store, says so, and removes exactly what it loaded in one step', () => {
    expect(app.call('sample.status', {})).toEqual({ loaded: false, rows: 0, canLoad: true });
    // A fresh store already holds seeded rows (built-in templates, singleton settings).
    const fresh = rowCounts();
    const loaded = app.call('sample.load', {});
    expect(loaded.people).toBeGreaterThanOrEqual(5);
    expect(loaded.teams).toBe(2);
    const status = app.call('sample.status', {});
    expect(status).toMatchObject({ loaded: true, canLoad: false });
    expect(app.call('people.list', {}).map((p) => p.name)).toContain('Amara Osei');
    expect(app.call('teams.list', {}).map((t) => t.name)).toEqual(['Checkout', 'Platform']);
    // Each part of the sample is there: a ladder with people placed on it, assessments, goals.
    const amara = app.call('people.list', {}).find((p) => p.name === 'Amara Osei')!;
    expect(amara).toMatchObject({ track: 'ic', level: 'e3' });
    expect(app.call('assessments.list', { personId: amara.id })).toHaveLength(2);
    expect(app.call('goals.list', { personId: amara.id })).toHaveLength(1);
    const history = app.call('oneOnOnes.history', { personId: amara.id });
    expect(history.meetings.filter((m) => m.status === 'held')).toHaveLength(6);
    expect(app.call('oneOnOnes.search', { text: 'idempotent' }).length).toBeGreaterThan(0);
    const [role] = app.call('interviews.listRoles', {});
    expect(role!.title).toBe('Senior Software Engineer, Checkout');
    expect(app.call('interviews.listCandidates', { roleId: role!.id })).toHaveLength(3);
    const pairs = app.call('mentoring.overview', {}).pairs;
    expect(pairs.map((p) => [p.mentor.name, p.mentee.name, p.status])).toEqual([
      ['Yuki Tanaka', 'Lena Novak', 'active'],
    ]);

    const removed = app.call('sample.remove', {});
    expect(removed).toEqual({ removed: status.rows, kept: 0 });
    expect(rowCounts()).toEqual(fresh);
    expect(app.call('sample.status', {})).toEqual({ loaded: false, rows: 0, canLoad: true });
    // No word of the sample's notes is left in the search indexes: FTS5 keeps deleted entries in
    // its segments (rows of <index>_data with ids above its two bookkeeping records) until merged.
    for (const index of NOTES_INDEXES) {
      expect(app.db.prepare(`SELECT count(*) FROM ${index}_data WHERE id > 10`).pluck().get(), index).toBe(0);
    }
  });

  it('refuses to load into a store that has people, writing nothing', () => {
    app.call('people.create', { ...emptyPersonFields, name: 'Real Person' });
    const before = rowCounts();
    const refused = app.send('sample.load', {});
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('only into an empty Cairn') },
    });
    expect(rowCounts()).toEqual(before);
    expect(app.call('sample.status', {})).toEqual({ loaded: false, rows: 0, canLoad: false });
  });

  it('keeps what the user added beside the sample when removing it', () => {
    app.call('sample.load', {});
    const mine = app.call('people.create', { ...emptyPersonFields, name: 'Real Person' });
    const myTeam = app.call('teams.create', { name: 'My team', description: '' });
    app.call('sample.remove', {});
    expect(app.call('people.list', { status: 'all' }).map((p) => p.id)).toEqual([mine.id]);
    expect(app.call('teams.list', {}).map((t) => t.id)).toEqual([myTeam.id]);
  });

  it("keeps a sample ladder the user's own assessment uses, still marked as sample, and removes it once free", () => {
    app.call('sample.load', {});
    const ladder = app.call('ladders.list', {})[0]!;
    const mine = app.call('people.create', { ...emptyPersonFields, name: 'Real Person' });
    const level = ladder.placement.levels[0]!.id;
    const assessment = assess(app, mine.id, { ladderId: ladder.id, levelId: level });
    expect(app.call('sample.remove', {})).toMatchObject({ kept: 1 });
    expect(app.call('ladders.list', {}).map((l) => l.id)).toEqual([ladder.id]);
    expect(app.call('people.list', {}).map((p) => p.id)).toEqual([mine.id]);
    expect(app.call('sample.status', {})).toMatchObject({ loaded: true, rows: 1 });

    app.call('assessments.delete', { id: assessment.id });
    expect(app.call('sample.remove', {})).toEqual({ removed: 1, kept: 0 });
    expect(app.call('ladders.list', {})).toEqual([]);
    expect(app.call('people.list', {}).map((p) => p.id)).toEqual([mine.id]);
  });

  it('forgets a sample person erased by hand, leaving not even the id in the registry', () => {
    app.call('sample.load', {});
    const amara = app.call('people.list', {}).find((p) => p.name === 'Amara Osei')!;
    app.call('people.erase', { id: amara.id, confirmName: 'Amara Osei' });
    expect(app.db.prepare('SELECT count(*) AS n FROM sample_rows WHERE row_id = ?').get(amara.id)).toEqual({ n: 0 });
    app.call('sample.remove', {});
    expect(app.call('people.list', { status: 'all' })).toEqual([]);
  });

  it('survives a restart: the sample is still known and still removable', () => {
    app.call('sample.load', {});
    app.restart();
    expect(app.call('sample.status', {})).toMatchObject({ loaded: true });
    app.call('sample.remove', {});
    expect(app.call('people.list', { status: 'all' })).toEqual([]);
  });
});
