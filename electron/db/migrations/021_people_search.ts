import type { Migration } from '../migration';

/**
 * Pickers search people on the server as the user types (issue 18: every picker read everyone,
 * 230 KB at a director's 500 people). A word of a name, preferred name or title is found by its
 * first letters ("lov" finds Ada Lovelace) through an FTS5 prefix index, not a scan of people.
 *
 * The index keeps its own copy of the three columns and the person's id (unindexed), not
 * `content = 'people'`: an external-content index addresses rows by rowid, and people have no
 * INTEGER PRIMARY KEY, so VACUUM INTO (every backup) may renumber them. The price is that the
 * update and delete triggers find a person's row by reading the index's own rows (its id is not
 * indexed): a few hundred small rows, on the rare edit of a name or title, or an erase.
 * The index runs with FTS5's secure-delete on: an erased person's name leaves the index at once
 * (the notes indexes run without it for autosave's sake and are merged after an erase instead;
 * people are written rarely). Because it is not an external-content index, the bench generator's bulk load
 * (test/bench/generator/bulkLoad.ts) leaves these triggers in place.
 *
 * `people_name` lets an empty search list everyone, archived too, in name order by reading
 * the first rows of one index (active or archived alone already have `people_status_name`).
 */
export const peopleSearchMigration: Migration = {
  version: 21,
  name: 'people: prefix search for pickers',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE people_fts USING fts5 (
        name, preferred_name, title, person_id UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
      );
      INSERT INTO people_fts (name, preferred_name, title, person_id)
        SELECT name, preferred_name, title, id FROM people;
      INSERT INTO people_fts (people_fts) VALUES ('optimize');
      INSERT INTO people_fts (people_fts, rank) VALUES ('secure-delete', 1);
      CREATE TRIGGER people_fts_ai AFTER INSERT ON people BEGIN
        INSERT INTO people_fts (name, preferred_name, title, person_id)
          VALUES (new.name, new.preferred_name, new.title, new.id);
      END;
      CREATE TRIGGER people_fts_ad AFTER DELETE ON people BEGIN
        DELETE FROM people_fts WHERE person_id = old.id;
      END;
      CREATE TRIGGER people_fts_au AFTER UPDATE OF name, preferred_name, title ON people
      WHEN old.name IS NOT new.name OR old.preferred_name IS NOT new.preferred_name OR old.title IS NOT new.title BEGIN
        DELETE FROM people_fts WHERE person_id = old.id;
        INSERT INTO people_fts (name, preferred_name, title, person_id)
          VALUES (new.name, new.preferred_name, new.title, new.id);
      END;
      CREATE INDEX people_name ON people (name COLLATE NOCASE, id);`);
  },
};
