import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { calendarFilesMigration } from '#electron/db/migrations/010_calendar_files';
import { closeDatabase, openDatabase } from '#electron/db/open';

const dir = mkdtempSync(join(tmpdir(), 'cairn-m10-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const version = calendarFilesMigration.version;

it('010 adds the calendar link tables; erasing a person leaves none of their rows', () => {
  const file = join(dir, 'm.sqlite');
  const db = openDatabase(file, { target: version - 1 });
  db.prepare(
    `INSERT INTO people (id, name, relationship, created_at, updated_at) VALUES ('p1', 'Ada', 'direct_report', 'x', 'x')`,
  ).run();
  closeDatabase(db);

  const migrated = openDatabase(file, { target: version });
  expect(migrated.pragma('user_version', { simple: true })).toBe(version);
  migrated
    .prepare("INSERT INTO cal_series (uid, person_id, ends_on, imported_at) VALUES ('u1', 'p1', NULL, 'x')")
    .run();
  migrated.prepare("INSERT INTO cal_exceptions (person_id, date, kind) VALUES ('p1', '2026-12-22', 'skipped')").run();
  migrated.prepare("INSERT INTO cal_addresses (email, person_id) VALUES ('ada@example.com', 'p1')").run();
  // A moved date must say where to.
  expect(() =>
    migrated.prepare("INSERT INTO cal_exceptions (person_id, date, kind) VALUES ('p1', '2026-12-29', 'moved')").run(),
  ).toThrow(/CHECK/);
  migrated.prepare("DELETE FROM people WHERE id = 'p1'").run();
  for (const table of ['cal_series', 'cal_exceptions', 'cal_addresses']) {
    expect(migrated.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
  }
  closeDatabase(migrated);
});
