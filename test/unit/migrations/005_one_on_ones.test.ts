import { expect, it } from 'vitest';
import { closeDatabase } from '#electron/db/open';
import { insertAda, migrationStore } from '../../support/migrationStore';

const store = migrationStore(5);

it('005 adds 1:1 tables next to existing people, seeds templates, indexes notes, and cascades on erase', () => {
  const db = store.openBefore();
  insertAda(db);
  closeDatabase(db);

  const migrated = store.openMigrated();
  expect(migrated.pragma('user_version', { simple: true })).toBe(5);
  expect(migrated.prepare('SELECT name FROM people').pluck().all()).toEqual(['Ada']);
  expect(migrated.prepare('SELECT count(*) FROM oo_templates WHERE built_in = 1').pluck().get()).toBe(5);

  migrated
    .prepare(
      `INSERT INTO oo_meetings (id, person_id, slot_date, date, time, time_zone, starts_at, shared_notes, created_at, updated_at)
       VALUES ('m1', 'p1', '2026-01-05', '2026-01-05', '09:00', 'UTC', '2026-01-05T09:00:00Z', 'talked about kubernetes', 'x', 'x')`,
    )
    .run();
  migrated
    .prepare(
      `INSERT INTO oo_items (id, person_id, kind, side, text, origin_meeting_id, created_at, updated_at)
       VALUES ('i1', 'p1', 'action', 'me', 'book kubernetes course', 'm1', 'x', 'x')`,
    )
    .run();
  migrated.prepare("INSERT INTO oo_meeting_items VALUES ('m1', 'i1', 1)").run();
  const matches = (table: string) =>
    migrated.prepare(`SELECT count(*) FROM ${table} WHERE ${table} MATCH 'kubernetes'`).pluck().get();
  expect(matches('oo_meetings_fts')).toBe(1);
  expect(matches('oo_items_fts')).toBe(1);
  migrated.prepare("UPDATE oo_meetings SET shared_notes = 'nothing' WHERE id = 'm1'").run();
  expect(matches('oo_meetings_fts')).toBe(0);
  expect(() => migrated.prepare("UPDATE oo_meetings SET mood = 9 WHERE id = 'm1'").run()).toThrow(/CHECK/);

  migrated.prepare("DELETE FROM people WHERE id = 'p1'").run();
  for (const t of ['oo_meetings', 'oo_items', 'oo_meeting_items'])
    expect(migrated.prepare(`SELECT count(*) FROM ${t}`).pluck().get()).toBe(0);
  expect(matches('oo_items_fts')).toBe(0);
  expect(migrated.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
  migrated.prepare("INSERT INTO oo_items_fts (oo_items_fts) VALUES ('integrity-check')").run();
  closeDatabase(migrated);
});
