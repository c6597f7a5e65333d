import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { monthlyByWeekdayMigration } from '#electron/db/migrations/017_monthly_by_weekday';
import { closeDatabase, openDatabase } from '#electron/db/open';

const dir = mkdtempSync(join(tmpdir(), 'cairn-m17-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const version = monthlyByWeekdayMigration.version;

it('017 keeps every existing series meeting on its date, and accepts only the known monthly kinds', () => {
  const file = join(dir, 'm.sqlite');
  const db = openDatabase(file, { target: version - 1 });
  db.exec(`
    INSERT INTO people (id, name, relationship, created_at, updated_at) VALUES ('p1', 'Ada', 'direct_report', 'x', 'x');
    INSERT INTO oo_series (id, person_id, cadence, first_date, time, time_zone, created_at, updated_at)
      VALUES ('s1', 'p1', 'monthly', '2026-12-08', '10:00', 'Europe/London', 'x', 'x');`);
  closeDatabase(db);

  const migrated = openDatabase(file, { target: version });
  expect(migrated.pragma('user_version', { simple: true })).toBe(version);
  expect(migrated.prepare('SELECT monthly_by FROM oo_series').pluck().get()).toBe('day');
  migrated.prepare("UPDATE oo_series SET monthly_by = 'last_weekday'").run();
  expect(() => migrated.prepare("UPDATE oo_series SET monthly_by = 'fortnightly'").run()).toThrow(/CHECK/);
  closeDatabase(migrated);
});
