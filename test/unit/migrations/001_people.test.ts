import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '#electron/db/open';

const dir = mkdtempSync(join(tmpdir(), 'cairn-m1-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('001 creates people and teams; deleting a team keeps its people without a team', () => {
  const db = openDatabase(join(dir, 'm.sqlite'), { target: 0 });
  expect(db.pragma('user_version', { simple: true })).toBe(0);
  closeDatabase(db);

  const migrated = openDatabase(join(dir, 'm.sqlite'), { target: 1 });
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
