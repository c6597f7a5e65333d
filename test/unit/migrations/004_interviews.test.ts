import { expect, it } from 'vitest';
import { closeDatabase } from '#electron/db/open';
import { migrationStore } from '../../support/migrationStore';

const store = migrationStore(4);

it('004 adds interviews; erasing a candidate cascades, erasing a person keeps the typed interviewer name', () => {
  const db = store.openBefore();
  db.prepare(
    `INSERT INTO people (id, name, relationship, created_at, updated_at) VALUES ('p1', 'Ada', 'peer', '2026-01-01', '2026-01-01')`,
  ).run();
  closeDatabase(db);

  const m = store.openMigrated();
  expect(m.pragma('user_version', { simple: true })).toBe(4);
  expect(m.prepare('SELECT retention_days, self_interviewer_id FROM interview_prefs').get()).toEqual({
    retention_days: 365,
    self_interviewer_id: null,
  });
  m.exec(`
    INSERT INTO interview_roles (id, title, created_at) VALUES ('r1', 'Backend engineer', 'x');
    INSERT INTO interview_kits (id, role_id, created_at) VALUES ('k1', 'r1', 'x');
    INSERT INTO interview_kit_versions (id, kit_id, version, stage, kind, content, created_at) VALUES ('v1', 'k1', 1, 'Onsite', 'interview', '{}', 'x');
    INSERT INTO interviewers (id, name, person_id, created_at) VALUES ('i1', 'Ada', 'p1', 'x');
    INSERT INTO candidates (id, role_id, name, stage, alias, created_at) VALUES ('c1', 'r1', 'Cleo', 'Onsite', 'AB12', 'x');
    INSERT INTO scorecards (id, candidate_id, kit_id, kit_version_id, interviewer_id, source, status, created_at, updated_at)
      VALUES ('s1', 'c1', 'k1', 'v1', 'i1', 'own', 'draft', 'x', 'x');
    INSERT INTO scorecard_ratings (scorecard_id, item_key, score) VALUES ('s1', 'a', 3);
    INSERT INTO scorecard_amendments (id, scorecard_id, at, reason, summary) VALUES ('a1', 's1', 'x', 'typo', 'a: 2 → 3');
    INSERT INTO interview_decisions (candidate_id, kit_id, outcome, rationale, decided_at) VALUES ('c1', 'k1', 'hold', 'why', 'x');
  `);
  expect(() =>
    m.prepare("INSERT INTO scorecard_ratings (scorecard_id, item_key, score) VALUES ('s1', 'b', 5)").run(),
  ).toThrow(/CHECK/);
  expect(() => m.prepare("UPDATE scorecards SET recommendation = 'maybe' WHERE id = 's1'").run()).toThrow(/CHECK/);

  m.prepare("DELETE FROM people WHERE id = 'p1'").run();
  expect(m.prepare("SELECT name, person_id FROM interviewers WHERE id = 'i1'").get()).toEqual({
    name: 'Ada',
    person_id: null,
  });
  expect(m.prepare('SELECT count(*) AS n FROM scorecards').get()).toEqual({ n: 1 });

  m.prepare("DELETE FROM candidates WHERE id = 'c1'").run();
  for (const table of ['scorecards', 'scorecard_ratings', 'scorecard_amendments', 'interview_decisions']) {
    expect(m.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
  }
  closeDatabase(m);
});
