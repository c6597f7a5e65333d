import { expect, it } from 'vitest';
import { notesSearchPerFieldMigration } from '#electron/db/migrations/009_notes_search_per_field';
import { closeDatabase, type Db } from '#electron/db/open';
import { insertAda, migrationStore } from '../../support/migrationStore';

const version = notesSearchPerFieldMigration.version;
const store = migrationStore(version);

const hits = (db: Db, index: string, word: string) =>
  db.prepare(`SELECT rowid FROM ${index} WHERE ${index} MATCH ?`).pluck().all(`"${word}"`);

it('009 moves existing notes into one index per field, kept in step, and stops secure-delete rewrites', () => {
  const db = store.openBefore();
  insertAda(db);
  db.prepare(
    `INSERT INTO oo_meetings (seq, id, person_id, slot_date, date, time, time_zone, starts_at, status, shared_notes, private_notes, created_at, updated_at)
     VALUES (7, 'm1', 'p1', '2026-01-05', '2026-01-05', '09:00', 'UTC', '2026-01-05T09:00:00Z', 'held', 'rollout went well', 'seemed tired', 'x', 'x')`,
  ).run();
  closeDatabase(db);

  const migrated = store.openMigrated();
  expect(migrated.pragma('user_version', { simple: true })).toBe(version);
  expect(migrated.prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE 'oo_meetings_fts%'").pluck().get()).toBe(
    0,
  );
  // Existing notes are searchable, each word in its own field's index only.
  expect(hits(migrated, 'oo_shared_notes_fts', 'rollout')).toEqual([7]);
  expect(hits(migrated, 'oo_private_notes_fts', 'rollout')).toEqual([]);
  expect(hits(migrated, 'oo_private_notes_fts', 'tired')).toEqual([7]);

  // Saving shared notes re-indexes them and leaves the private index untouched.
  const privateIndexRows = () => migrated.prepare('SELECT count(*) FROM oo_private_notes_fts_data').pluck().get();
  const before = privateIndexRows();
  migrated.prepare("UPDATE oo_meetings SET shared_notes = 'postmortem planned' WHERE id = 'm1'").run();
  expect(hits(migrated, 'oo_shared_notes_fts', 'rollout')).toEqual([]);
  expect(hits(migrated, 'oo_shared_notes_fts', 'postmortem')).toEqual([7]);
  expect(privateIndexRows()).toBe(before);
  migrated.prepare("UPDATE oo_meetings SET private_notes = 'rested now' WHERE id = 'm1'").run();
  expect(hits(migrated, 'oo_private_notes_fts', 'tired')).toEqual([]);
  expect(hits(migrated, 'oo_private_notes_fts', 'rested')).toEqual([7]);

  for (const index of ['oo_shared_notes_fts', 'oo_private_notes_fts', 'oo_items_fts']) {
    expect(migrated.prepare(`SELECT v FROM ${index}_config WHERE k = 'secure-delete'`).pluck().get() ?? 0, index).toBe(
      0,
    );
    // FTS5's own check: the index matches the content table exactly.
    migrated.prepare(`INSERT INTO ${index} (${index}, rank) VALUES ('integrity-check', 1)`).run();
  }
  // Erase: the delete trigger removes the words too.
  migrated.prepare("DELETE FROM people WHERE id = 'p1'").run();
  expect(hits(migrated, 'oo_shared_notes_fts', 'postmortem')).toEqual([]);
  expect(hits(migrated, 'oo_private_notes_fts', 'rested')).toEqual([]);
  closeDatabase(migrated);
});
