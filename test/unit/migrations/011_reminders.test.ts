import { expect, it } from 'vitest';
import { remindersMigration } from '#electron/db/migrations/011_reminders';
import { closeDatabase } from '#electron/db/open';
import { migrationStore } from '../../support/migrationStore';

const store = migrationStore(remindersMigration.version);

it('011 adds the record of reminders shown, one row per key', () => {
  closeDatabase(store.openBefore());
  const migrated = store.openMigrated();
  expect(migrated.pragma('user_version', { simple: true })).toBe(remindersMigration.version);
  const insert = migrated.prepare('INSERT INTO reminders_fired (key, fired_at) VALUES (?, ?)');
  insert.run('prep:m1:2026-12-01T10:00:00Z', '2026-12-01T09:45:00Z');
  expect(() => insert.run('prep:m1:2026-12-01T10:00:00Z', '2026-12-01T09:46:00Z')).toThrow(/UNIQUE/);
  closeDatabase(migrated);
});
