import { expect, it } from 'vitest';
import { sampleMigration } from '#electron/db/migrations/006_sample';
import { closeDatabase } from '#electron/db/open';
import { migrationStore } from '../../support/migrationStore';

// The sample registry is the last migration; its number follows whatever landed before it.
const version = sampleMigration.version;
const store = migrationStore(version);

it('sample registry: existing people are kept and unregistered; deleting a registered person or team drops its entry', () => {
  const before = store.openBefore();
  before.prepare("INSERT INTO teams VALUES ('t1', 'Platform', '', '2026-01-01')").run();
  before
    .prepare(
      `INSERT INTO people (id, name, team_id, relationship, created_at, updated_at) VALUES ('p1', 'Ada', 't1', 'peer', 'x', 'x')`,
    )
    .run();
  closeDatabase(before);

  const db = store.openMigrated();
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  expect(db.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 1 });
  expect(db.prepare('SELECT count(*) AS n FROM sample_rows').get()).toEqual({ n: 0 });
  db.prepare("INSERT INTO sample_rows VALUES ('teams', 't1', 1), ('people', 'p1', 2), ('people', 'other', 3)").run();
  expect(() => db.prepare("INSERT INTO sample_rows VALUES ('people', 'p1', 4)").run()).toThrow(/UNIQUE/);
  db.prepare("DELETE FROM people WHERE id = 'p1'").run();
  db.prepare("DELETE FROM teams WHERE id = 't1'").run();
  expect(db.prepare('SELECT row_id FROM sample_rows').pluck().all()).toEqual(['other']);
  closeDatabase(db);
});
