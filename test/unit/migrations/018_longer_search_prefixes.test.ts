import { expect, it } from 'vitest';
import { longerSearchPrefixesMigration } from '#electron/db/migrations/018_longer_search_prefixes';
import { closeDatabase, type Db } from '#electron/db/open';
import {
  checkSearchIndexes,
  indexSeqs,
  insertAction,
  insertHeldMeeting,
  SEARCH_INDEXES,
} from '../../support/searchIndexRows';
import { insertAda, migrationStore } from '../../support/migrationStore';

const version = longerSearchPrefixesMigration.version;
const store = migrationStore(version);
const seqs = indexSeqs;
const meeting = (db: Db, seq: number, date: string, shared: string, priv: string) =>
  insertHeldMeeting(db, seq, `m${seq}`, date, shared, priv);

it('018 re-indexes notes and items with prefixes up to six letters, same keys, still kept in step by the triggers', () => {
  const db = store.openBefore();
  insertAda(db);
  meeting(db, 7, '2026-01-12', 'promotion rollout went well', 'calibration worry');
  meeting(db, 9, '2026-01-05', 'promoted to staff', 'calibrate the ladder');
  insertAction(db, 3, 'i1', 'Write the promotion packet', 'm9', null);
  insertAction(db, 4, 'i2', 'Promote weekly review', null, 'r1'); // recurring: never searched
  const keysBefore = db
    .prepare('SELECT seq, search_key FROM oo_meetings UNION ALL SELECT seq, search_key FROM oo_items')
    .all();
  closeDatabase(db);

  const migrated = store.openMigrated();
  expect(migrated.pragma('user_version', { simple: true })).toBe(version);
  const config = migrated.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck();
  for (const index of SEARCH_INDEXES) expect(config.get(index)).toContain("prefix = '1 2 3 4 5 6'");
  // The keys (the day in their high bits) are the same: rows come out by day as before.
  expect(
    migrated.prepare('SELECT seq, search_key FROM oo_meetings UNION ALL SELECT seq, search_key FROM oo_items').all(),
  ).toEqual(keysBefore);
  // Every row is found again, by prefixes of every indexed length and by longer ones.
  for (const prefix of ['p', 'pro', 'prom', 'promo', 'promot', 'promoti', 'promotion'])
    expect(seqs(migrated, 'oo_shared_notes_fts', `"${prefix}"*`), prefix).toEqual(prefix.length <= 6 ? [9, 7] : [7]);
  expect(seqs(migrated, 'oo_private_notes_fts', '"calibr"*')).toEqual([9, 7]);
  expect(seqs(migrated, 'oo_private_notes_fts', '"calibra"*')).toEqual([9, 7]);
  expect(seqs(migrated, 'oo_private_notes_fts', '"calibrati"*')).toEqual([7]);
  expect(seqs(migrated, 'oo_items_fts', '"promot"*')).toEqual([3]);
  expect(seqs(migrated, 'oo_items_fts', '"weekly"')).toEqual([]);
  migrated.prepare("DELETE FROM oo_items WHERE id = 'i2'").run(); // FTS5's check reads recurring rows too
  checkSearchIndexes(migrated);

  // The triggers of migration 012 write to the new indexes: edits, moves and deletes.
  migrated.prepare("UPDATE oo_meetings SET shared_notes = 'offsite planning' WHERE seq = 7").run();
  expect(seqs(migrated, 'oo_shared_notes_fts', '"promot"*')).toEqual([9]);
  expect(seqs(migrated, 'oo_shared_notes_fts', '"offsit"*')).toEqual([7]);
  migrated.prepare("UPDATE oo_meetings SET date = '2026-01-19' WHERE seq = 9").run();
  expect(seqs(migrated, 'oo_private_notes_fts', '"calibr"*')).toEqual([7, 9]);
  expect(seqs(migrated, 'oo_items_fts', '"promot"*')).toEqual([3]);
  meeting(migrated, 11, '2025-12-29', 'onboarding buddy', '');
  expect(seqs(migrated, 'oo_shared_notes_fts', '"onboar"*')).toEqual([11]);
  checkSearchIndexes(migrated);
  migrated.prepare("DELETE FROM people WHERE id = 'p1'").run();
  for (const index of SEARCH_INDEXES) expect(seqs(migrated, index, '"c"* OR "p"* OR "o"*')).toEqual([]);
  checkSearchIndexes(migrated);
  closeDatabase(migrated);
});
