import type { Migration } from '../migration';

/**
 * What a calendar import remembers, so importing the same file again updates instead of
 * duplicating, and so the series follows what the calendar says about single dates.
 * - cal_series: the calendar event (by its UID) a person's series came from, and the last
 *   date the calendar has a meeting on (UNTIL or COUNT).
 * - cal_exceptions: dates of the series the calendar cancelled or moved.
 * - cal_addresses: the e-mail address an attendee had, so the next import finds the person
 *   even after they changed how their name is written.
 * Every row reaches `people` through ON DELETE CASCADE: erasing a person leaves nothing.
 */
export const calendarFilesMigration: Migration = {
  version: 10,
  name: 'calendar files',
  up(db) {
    db.exec(`
      CREATE TABLE cal_series (
        uid         TEXT PRIMARY KEY,
        person_id   TEXT NOT NULL UNIQUE REFERENCES people (id) ON DELETE CASCADE,
        ends_on     TEXT,
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE cal_exceptions (
        person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        date      TEXT NOT NULL,
        kind      TEXT NOT NULL CHECK (kind IN ('skipped', 'moved')),
        to_date   TEXT,
        to_time   TEXT,
        PRIMARY KEY (person_id, date),
        CHECK ((kind = 'moved') = (to_date IS NOT NULL AND to_time IS NOT NULL))
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE cal_addresses (
        email     TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX cal_addresses_person ON cal_addresses (person_id);
    `);
  },
};
