import { expect, it } from 'vitest';
import { searchAsYouTypeMigration } from '#electron/db/migrations/012_search_as_you_type';
import { closeDatabase, type Db } from '#electron/db/open';
import { checkSearchIndexes, indexSeqs, insertAction, insertHeldMeeting } from '../../support/searchIndexRows';
import { insertAda, migrationStore } from '../../support/migrationStore';

const version = searchAsYouTypeMigration.version;
const store = migrationStore(version);
const DAY_SHIFT = 2 ** 32;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const seqs = indexSeqs;
const checkIndexes = checkSearchIndexes;
const meeting = (db: Db, seq: number, id: string, date: string, shared: string) =>
  insertHeldMeeting(db, seq, id, date, shared, 'seemed tired');

it('012 re-indexes notes and items with prefix indexes, ordered by day, kept in step as meetings move and rows go', () => {
  const db = store.openBefore();
  insertAda(db);
  // Written out of day order: seq 7 is the later day.
  meeting(db, 7, 'm1', '2026-01-12', 'promotion rollout went well');
  meeting(db, 9, 'm2', '2026-01-05', 'promotion talk');
  insertAction(db, 3, 'i1', 'Write the promotion packet', 'm2', null);
  insertAction(db, 4, 'i2', 'Promote weekly review', null, 'r1'); // recurring: never searched
  closeDatabase(db);

  const migrated = store.openMigrated();
  expect(migrated.pragma('user_version', { simple: true })).toBe(version);
  // Prefixes of one to three letters have their own index entries.
  const config = migrated.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck();
  for (const index of ['oo_shared_notes_fts', 'oo_private_notes_fts', 'oo_items_fts'])
    expect(config.get(index)).toContain("prefix = '1 2 3'");
  // Existing rows are found by a prefix, by day: the 5th (seq 9) before the 12th (seq 7).
  expect(seqs(migrated, 'oo_shared_notes_fts', '"p"*')).toEqual([9, 7]);
  expect(seqs(migrated, 'oo_shared_notes_fts', '"promo"*')).toEqual([9, 7]);
  expect(seqs(migrated, 'oo_private_notes_fts', '"ti"*')).toEqual([9, 7]);
  expect(seqs(migrated, 'oo_items_fts', '"promo"*')).toEqual([3]);
  const key = migrated.prepare('SELECT search_key FROM oo_items WHERE id = ?').pluck();
  expect(key.get('i1')).toBe(dayOf('2026-01-05') * DAY_SHIFT + 3);
  expect(key.get('i2')).toBeNull();
  expect(seqs(migrated, 'oo_items_fts', '"weekly"')).toEqual([]);
  // (FTS5's check compares an index with every row of its table, recurring items too.)
  migrated.prepare("DELETE FROM oo_items WHERE id = 'i2'").run();
  checkIndexes(migrated);

  // A meeting moved to a later day takes its notes and its items with it.
  migrated.prepare("UPDATE oo_meetings SET date = '2026-01-19' WHERE id = 'm2'").run();
  expect(seqs(migrated, 'oo_shared_notes_fts', '"promo"*')).toEqual([7, 9]);
  expect(key.get('i1')).toBe(dayOf('2026-01-19') * DAY_SHIFT + 3);
  expect(seqs(migrated, 'oo_items_fts', '"promotion"')).toEqual([3]);
  // New rows are indexed by their triggers; edits replace the words.
  meeting(migrated, 11, 'm3', '2025-12-29', 'calibration');
  expect(seqs(migrated, 'oo_shared_notes_fts', '"c"*')).toEqual([11]);
  migrated.prepare("UPDATE oo_items SET text = 'Draft the calibration notes' WHERE id = 'i1'").run();
  expect(seqs(migrated, 'oo_items_fts', '"promo"*')).toEqual([]);
  expect(seqs(migrated, 'oo_items_fts', '"cal"*')).toEqual([3]);
  // The item's meeting deleted: the item keeps its words, under its own day.
  migrated.prepare("DELETE FROM oo_meetings WHERE id = 'm2'").run();
  expect(key.get('i1')).toBe(dayOf('2026-01-01') * DAY_SHIFT + 3);
  checkIndexes(migrated);

  // Erase: the delete triggers remove every word.
  migrated.prepare("DELETE FROM people WHERE id = 'p1'").run();
  for (const [index, query] of [
    ['oo_shared_notes_fts', '"p"*'],
    ['oo_private_notes_fts', '"t"*'],
    ['oo_items_fts', '"c"*'],
  ] as const)
    expect(seqs(migrated, index, query)).toEqual([]);
  checkIndexes(migrated);
  closeDatabase(migrated);
});
