import { expect, it } from 'vitest';
import { oneOnOnesPrepIndexesMigration } from '#electron/db/migrations/008_one_on_ones_prep_indexes';
import { closeDatabase } from '#electron/db/open';
import { insertAda, migrationStore } from '../../support/migrationStore';

const version = oneOnOnesPrepIndexesMigration.version;
const store = migrationStore(version);

it('008 indexes existing 1:1 rows: open carrying items only, and meetings by id with status and date', () => {
  const db = store.openBefore();
  insertAda(db);
  db.prepare(
    `INSERT INTO oo_meetings (id, person_id, slot_date, date, time, time_zone, starts_at, status, created_at, updated_at)
     VALUES ('m1', 'p1', '2026-01-05', '2026-01-05', '09:00', 'UTC', '2026-01-05T09:00:00Z', 'held', 'x', 'x')`,
  ).run();
  const item = db.prepare(
    `INSERT INTO oo_items (id, person_id, kind, side, text, state, recurring_id, origin_meeting_id, created_at, updated_at)
     VALUES (?, 'p1', 'action', 'me', ?, ?, ?, 'm1', 'x', 'x')`,
  );
  item.run('open', 'still to do', 'open', null);
  item.run('done', 'finished', 'done', null);
  item.run('recurring', 'weekly check', 'open', 'r1');
  closeDatabase(db);

  const migrated = store.openMigrated();
  expect(migrated.pragma('user_version', { simple: true })).toBe(version);
  const indexes = migrated
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('oo_items_open', 'oo_meetings_id_status')",
    )
    .pluck()
    .all();
  expect(indexes.sort()).toEqual(['oo_items_open', 'oo_meetings_id_status']);
  // The partial index holds the open, non-recurring item alone, and follows later changes.
  const inIndex = () =>
    migrated
      .prepare(
        "SELECT id FROM oo_items INDEXED BY oo_items_open WHERE person_id = 'p1' AND state = 'open' AND recurring_id IS NULL",
      )
      .pluck()
      .all();
  expect(inIndex()).toEqual(['open']);
  migrated.prepare("UPDATE oo_items SET state = 'open' WHERE id = 'done'").run();
  expect(inIndex()).toEqual(['open', 'done']);
  expect(
    migrated.prepare("SELECT status, date FROM oo_meetings INDEXED BY oo_meetings_id_status WHERE id = 'm1'").get(),
  ).toEqual({ status: 'held', date: '2026-01-05' });
  // Erase still leaves nothing.
  migrated.prepare("DELETE FROM people WHERE id = 'p1'").run();
  expect(migrated.prepare('SELECT count(*) FROM oo_items').pluck().get()).toBe(0);
  expect(inIndex()).toEqual([]);
  closeDatabase(migrated);
});
