import type { Migration } from '../migration';

/**
 * The longest prefix with its own entries in the notes search indexes. A longer one is looked
 * up by its first this-many letters and each match checked in full (oneOnOnes/search.ts).
 */
export const LONGEST_INDEXED_PREFIX = 6;

const OPTIONS = `tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6'`;

/** Each index, its external content and the rows it holds (recurring agenda items stay out). */
const INDEXES = [
  { table: 'oo_shared_notes_fts', column: 'shared_notes', content: 'oo_meetings', rows: 'oo_meetings' },
  { table: 'oo_private_notes_fts', column: 'private_notes', content: 'oo_meetings', rows: 'oo_meetings' },
  { table: 'oo_items_fts', column: 'text', content: 'oo_items', rows: 'oo_items WHERE search_key IS NOT NULL' },
] as const;

/**
 * Search as you type reads a prefix of four to six letters ("prom", "promo", "promot") as one
 * list, as it already read one to three. Without an entry of its own, FTS5 merged the lists of
 * every word so starting into one before returning the first match: 3 to 7 ms a prefix on a
 * director's 2.5 million items, the most of a keystroke's search. The indexes grow by about half
 * (41 to 64 MB on a decade's notes; the notes themselves are unchanged); an autosave writes a
 * few more index entries, within the noise of its benchmark. The indexes are rebuilt from the
 * rows, with the same keys (migration 012) and the same triggers, which name them.
 */
export const longerSearchPrefixesMigration: Migration = {
  version: 18,
  name: 'notes search: prefix indexes up to six letters',
  up(db) {
    for (const { table, column, content, rows } of INDEXES) {
      db.exec(`
        DROP TABLE ${table};
        CREATE VIRTUAL TABLE ${table} USING fts5 (${column}, content = '${content}', content_rowid = 'search_key', ${OPTIONS});
        INSERT INTO ${table} (rowid, ${column}) SELECT search_key, ${column} FROM ${rows};
        INSERT INTO ${table} (${table}) VALUES ('optimize');`);
    }
  },
};
