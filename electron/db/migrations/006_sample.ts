import type { Migration } from '../migration';

/**
 * The sample team's registry: the top-level rows "Load sample team" wrote, so that "Remove
 * sample team" deletes exactly those (their own rows go with them by ON DELETE CASCADE) and
 * never anything the user typed. Triggers drop an entry when its row is deleted another way
 * (erase, delete team), so an erased person leaves not even their id behind.
 */
export const sampleMigration: Migration = {
  version: 6,
  name: 'sample team registry',
  up(db) {
    db.exec(`
      CREATE TABLE sample_rows (
        table_name TEXT NOT NULL,
        row_id     TEXT NOT NULL,
        position   INTEGER NOT NULL,
        PRIMARY KEY (table_name, row_id)
      ) STRICT;
      CREATE TRIGGER sample_rows_person_gone AFTER DELETE ON people BEGIN
        DELETE FROM sample_rows WHERE table_name = 'people' AND row_id = old.id;
      END;
      CREATE TRIGGER sample_rows_team_gone AFTER DELETE ON teams BEGIN
        DELETE FROM sample_rows WHERE table_name = 'teams' AND row_id = old.id;
      END;
    `);
  },
};
