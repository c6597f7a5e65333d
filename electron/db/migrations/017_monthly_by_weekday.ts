import type { Migration } from '../migration';

/**
 * A monthly 1:1 series may meet on a weekday of the month ("the second Tuesday", "the last
 * Friday") as well as on a date (the 14th). Which one is a column of the series; every series
 * already stored meets on its date, as before.
 */
export const monthlyByWeekdayMigration: Migration = {
  version: 17,
  name: 'monthly 1:1 series by weekday',
  up(db) {
    db.exec(`
      ALTER TABLE oo_series ADD COLUMN monthly_by TEXT NOT NULL DEFAULT 'day'
        CHECK (monthly_by IN ('day', 'weekday', 'last_weekday'));
    `);
  },
};
