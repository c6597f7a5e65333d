import { expect, it } from 'vitest';
import { closeDatabase } from '#electron/db/open';
import { migrationStore } from '../../support/migrationStore';

const store = migrationStore(2);

it('002 adds ladders, assessments and goals; people keep their rows; erasing a person removes theirs', () => {
  const before = store.openBefore();
  before
    .prepare(
      `INSERT INTO people (id, name, relationship, ladder_id, track, level, created_at, updated_at)
       VALUES ('p1', 'Ada', 'direct_report', NULL, 'IC', 'Senior', 'x', 'x')`,
    )
    .run();
  closeDatabase(before);

  const db = store.openMigrated();
  expect(db.pragma('user_version', { simple: true })).toBe(2);
  expect(db.prepare("SELECT track, level FROM people WHERE id = 'p1'").get()).toEqual({ track: 'IC', level: 'Senior' });
  db.prepare("INSERT INTO ladders VALUES ('l1', 'Eng', '', 'v1', 'x', 'x')").run();
  db.prepare(`INSERT INTO ladder_versions VALUES ('v1', 'l1', 1, '{"name":"Eng"}', 'x')`).run();
  expect(() => db.prepare("INSERT INTO ladder_versions VALUES ('v2', 'l1', 2, 'not json', 'x')").run()).toThrow(
    /CHECK/,
  );
  db.prepare("INSERT INTO assessments VALUES ('a1', 'p1', 'v1', 'senior', '2026-01-01', '', 'x', 'x')").run();
  db.prepare("INSERT INTO assessment_ratings VALUES ('a1', 'code', 'meeting', '')").run();
  expect(() => db.prepare("INSERT INTO assessment_ratings VALUES ('a1', 'ops', 'great', '')").run()).toThrow(/CHECK/);
  db.prepare("INSERT INTO assessment_evidence VALUES ('e1', 'a1', 'p1', 0, 'Shipped', NULL, 'meeting-7', '1:1')").run();
  db.prepare("INSERT INTO evidence_competencies VALUES ('e1', 'code')").run();
  db.prepare(
    "INSERT INTO goals VALUES ('g1', 'p1', 'Lead a project', '', 'l1', '', '[]', '', NULL, 'active', 'x', 'x')",
  ).run();
  db.prepare("INSERT INTO goal_checkins VALUES ('c1', 'g1', 'p1', '2026-01-02', 'Going well', 'x')").run();
  // A version that assessments point at cannot be deleted from under them.
  expect(() => db.prepare("DELETE FROM ladder_versions WHERE id = 'v1'").run()).toThrow(/FOREIGN KEY/);

  db.prepare("DELETE FROM people WHERE id = 'p1'").run();
  for (const table of [
    'assessments',
    'assessment_ratings',
    'assessment_evidence',
    'evidence_competencies',
    'goals',
    'goal_checkins',
  ]) {
    expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
  }
  expect(db.prepare('SELECT count(*) AS n FROM ladders').get()).toEqual({ n: 1 });
  closeDatabase(db);
});
