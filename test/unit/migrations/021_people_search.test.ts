import { expect, it } from 'vitest';
import { peopleSearchMigration } from '#electron/db/migrations/021_people_search';
import { asReadable } from '#electron/db/access';
import { closeDatabase } from '#electron/db/open';
import { searchPeople } from '#electron/domains/people/search';
import { migrationStore } from '../../support/migrationStore';

const store = migrationStore(peopleSearchMigration.version);

/** A user's store before 021: a team, two active people and one who left. */
function arrangeStoreBefore(): void {
  const before = store.openBefore();
  before.exec(`
    INSERT INTO teams (id, name, created_at) VALUES ('t1', 'Platform', 'x');
    INSERT INTO people (id, name, preferred_name, title, team_id, relationship, status, created_at, updated_at) VALUES
      ('p1', 'Ada Lovelace', '', 'Staff engineer', NULL, 'direct_report', 'active', 'x', 'x'),
      ('p2', 'Grace Hopper', 'Amazing Grace', '', 't1', 'direct_report', 'left', 'x', 'x'),
      ('p3', 'José Álvarez', '', '', 't1', 'peer', 'active', 'x', 'x');`);
  closeDatabase(before);
}

it('021 indexes existing people for the pickers and keeps the index in step with later writes', () => {
  arrangeStoreBefore();
  const migrated = store.openMigrated();
  expect(migrated.pragma('user_version', { simple: true })).toBe(peopleSearchMigration.version);
  const names = (text: string, status: 'active' | 'left' | 'all' = 'all') =>
    searchPeople(asReadable(migrated), { text, status }).matches.map((p) => p.name);
  expect(names('lov')).toEqual(['Ada Lovelace']);
  expect(names('amaz')).toEqual(['Grace Hopper']);
  expect(names('alvar')).toEqual(['José Álvarez']);
  expect(names('plat')).toEqual(['Grace Hopper', 'José Álvarez']);
  expect(names('plat', 'active')).toEqual(['José Álvarez']);
  expect(names('')).toEqual(['Ada Lovelace', 'Grace Hopper', 'José Álvarez']);

  // Written after the migration: inserted, renamed, deleted.
  migrated.exec(`
    INSERT INTO people (id, name, relationship, created_at, updated_at) VALUES ('p4', 'Linus Pauling', 'peer', 'x', 'x');
    UPDATE people SET name = 'Ada King' WHERE id = 'p1';
    DELETE FROM people WHERE id = 'p3';`);
  expect(names('paul')).toEqual(['Linus Pauling']);
  expect(names('king')).toEqual(['Ada King']);
  expect(names('lov')).toEqual([]);
  expect(names('jos')).toEqual([]);
  // One index row per person, no more: the deleted and the renamed left nothing behind.
  expect(migrated.prepare('SELECT person_id FROM people_fts ORDER BY person_id').pluck().all()).toEqual([
    'p1',
    'p2',
    'p4',
  ]);
  closeDatabase(migrated);
});
