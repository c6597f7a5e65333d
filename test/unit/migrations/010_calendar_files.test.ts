import { expect, it } from 'vitest';
import { calendarFilesMigration } from '#electron/db/migrations/010_calendar_files';
import { closeDatabase } from '#electron/db/open';
import { insertAda, migrationStore } from '../../support/migrationStore';

const version = calendarFilesMigration.version;
const store = migrationStore(version);

it('010 adds the calendar link tables; erasing a person leaves none of their rows', () => {
  const db = store.openBefore();
  insertAda(db);
  closeDatabase(db);

  const migrated = store.openMigrated();
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
