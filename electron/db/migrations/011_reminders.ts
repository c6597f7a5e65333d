import type { Migration } from '../migration';

/**
 * The reminders already shown, by key (what and which occurrence), so a restart never shows
 * one twice. In the store, not beside it: the keys name meetings and pairs, and the store is
 * the encrypted place.
 */
export const remindersMigration: Migration = {
  version: 11,
  name: 'reminders',
  up(db) {
    db.exec(`
      CREATE TABLE reminders_fired (
        key      TEXT PRIMARY KEY,
        fired_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
