import { expect, it } from 'vitest';
import { monthlyByWeekdayMigration } from '#electron/db/migrations/017_monthly_by_weekday';
import { closeDatabase } from '#electron/db/open';
import { insertAda, migrationStore } from '../../support/migrationStore';

const version = monthlyByWeekdayMigration.version;
const store = migrationStore(version);

it('017 keeps every existing series meeting on its date, and accepts only the known monthly kinds', () => {
  const db = store.openBefore();
  insertAda(db);
  db.exec(`
    INSERT INTO oo_series (id, person_id, cadence, first_date, time, time_zone, created_at, updated_at)
      VALUES ('s1', 'p1', 'monthly', '2026-12-08', '10:00', 'Europe/London', 'x', 'x');`);
  closeDatabase(db);

  const migrated = store.openMigrated();
  expect(migrated.pragma('user_version', { simple: true })).toBe(version);
  expect(migrated.prepare('SELECT monthly_by FROM oo_series').pluck().get()).toBe('day');
  migrated.prepare("UPDATE oo_series SET monthly_by = 'last_weekday'").run();
  expect(() => migrated.prepare("UPDATE oo_series SET monthly_by = 'fortnightly'").run()).toThrow(/CHECK/);
  closeDatabase(migrated);
});
