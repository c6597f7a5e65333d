import { expect, it } from 'vitest';
import { closeDatabase } from '#electron/db/open';
import { migrationStore } from '../../support/migrationStore';

const store = migrationStore(1);

it('001 creates people and teams; deleting a team keeps its people without a team', () => {
  const db = store.openBefore();
  expect(db.pragma('user_version', { simple: true })).toBe(0);
  closeDatabase(db);

  const migrated = store.openMigrated();
  expect(migrated.pragma('user_version', { simple: true })).toBe(1);
  migrated.prepare("INSERT INTO teams VALUES ('t1', 'Platform', '', '2026-01-01')").run();
  migrated
    .prepare(
      `INSERT INTO people (id, name, team_id, relationship, created_at, updated_at)
       VALUES ('p1', 'Ada', 't1', 'direct_report', '2026-01-01', '2026-01-01')`,
    )
    .run();
  expect(() => migrated.prepare("INSERT INTO teams VALUES ('t2', 'platform', '', '2026-01-01')").run()).toThrow(
    /UNIQUE/,
  );
  expect(() =>
    migrated
      .prepare(
        `INSERT INTO people (id, name, relationship, created_at, updated_at) VALUES ('p2', '', 'peer', 'x', 'x')`,
      )
      .run(),
  ).toThrow(/CHECK/);
  migrated.prepare("DELETE FROM teams WHERE id = 't1'").run();
  expect(migrated.prepare("SELECT team_id FROM people WHERE id = 'p1'").get()).toEqual({ team_id: null });
  closeDatabase(migrated);
});
