import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { remindersMigration } from '#electron/db/migrations/011_reminders';
import { closeDatabase, openDatabase } from '#electron/db/open';

const dir = mkdtempSync(join(tmpdir(), 'cairn-m11-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('011 adds the record of reminders shown, one row per key', () => {
  const file = join(dir, 'm.sqlite');
  closeDatabase(openDatabase(file, { target: remindersMigration.version - 1 }));
  const migrated = openDatabase(file, { target: remindersMigration.version });
  expect(migrated.pragma('user_version', { simple: true })).toBe(remindersMigration.version);
  const insert = migrated.prepare('INSERT INTO reminders_fired (key, fired_at) VALUES (?, ?)');
  insert.run('prep:m1:2026-12-01T10:00:00Z', '2026-12-01T09:45:00Z');
  expect(() => insert.run('prep:m1:2026-12-01T10:00:00Z', '2026-12-01T09:46:00Z')).toThrow(/UNIQUE/);
  closeDatabase(migrated);
});
