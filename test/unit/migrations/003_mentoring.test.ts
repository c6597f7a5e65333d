import { expect, it } from 'vitest';
import { closeDatabase } from '#electron/db/open';
import { migrationStore } from '../../support/migrationStore';

const store = migrationStore(3);

it('003 adds mentoring tables that keep people, refuse self-pairs and open duplicates, and cascade on erase', () => {
  const db = store.openBefore();
  const addPerson = db.prepare(
    `INSERT INTO people (id, name, relationship, created_at, updated_at) VALUES (?, ?, 'direct_report', 'x', 'x')`,
  );
  addPerson.run('p1', 'Mentor');
  addPerson.run('p2', 'Mentee');
  closeDatabase(db);

  const m = store.openMigrated();
  expect(m.pragma('user_version', { simple: true })).toBe(3);
  expect(m.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 2 });
  const pair = m.prepare(
    `INSERT INTO mentoring_pairs (id, mentor_id, mentee_id, status, cadence_days, start_date, end_reason, created_at, updated_at)
     VALUES (?, ?, ?, ?, 14, '2026-03-01', ?, 'x', 'x')`,
  );
  pair.run('a', 'p1', 'p2', 'active', '');
  expect(() => pair.run('b', 'p1', 'p1', 'active', '')).toThrow(/CHECK/);
  expect(() => pair.run('c', 'p1', 'p2', 'proposed', '')).toThrow(/UNIQUE/);
  expect(() => pair.run('d', 'p1', 'p2', 'ended', '')).toThrow(/CHECK/); // ending needs a reason
  pair.run('e', 'p1', 'p2', 'ended', 'Finished'); // history may repeat
  m.prepare(`INSERT INTO mentoring_focus_areas VALUES ('f', 'a', 0, 'Testing', NULL)`).run();
  m.prepare(
    `INSERT INTO mentoring_sessions (id, pair_id, date, fit, created_at) VALUES ('s', 'a', '2026-03-05', 'good_fit', 'x')`,
  ).run();
  m.prepare(`INSERT INTO mentoring_session_progress VALUES ('s', 'f', 'Wrote first test')`).run();
  m.prepare(`INSERT INTO mentoring_preferences VALUES ('p2', 0, 1, '[]', '["testing"]', 0, 'p1', 'x')`).run();

  m.prepare(`DELETE FROM people WHERE id = 'p1'`).run();
  for (const table of [
    'mentoring_pairs',
    'mentoring_focus_areas',
    'mentoring_sessions',
    'mentoring_session_progress',
  ]) {
    expect(m.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
  }
  expect(m.prepare('SELECT manager_id FROM mentoring_preferences').get()).toEqual({ manager_id: null });
  closeDatabase(m);
});
