import type { Db } from '../open';
import type { Migration } from '../migration';

const TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'";
/**
 * Prefix indexes for one, two and three letters: "p", "pr" and "pro" are each one list to
 * read, not a merge of every word that starts so (a merge was 25× slower on a decade of
 * notes). Longer prefixes are rare enough to merge cheaply. The indexes are about three
 * times as large; the notes themselves are unchanged.
 */
const PREFIX = "prefix = '1 2 3'";

/**
 * The search key: the row's day in the high bits, its seq in the low 32. Index rows are
 * ordered by it, so "the newest matches" is a walk of one index backwards, and stays right
 * when a meeting is moved to another day (its key moves with it). seq < 2^32 always.
 */
const key = (date: string, seq: string) => `((coalesce(unixepoch(${date}), 0) / 86400) * 4294967296 + ${seq})`;
/** An item's day is its meeting's day; an item without one, the day it was written. */
const itemKey = (row: string) =>
  key(
    `coalesce((SELECT date FROM oo_meetings WHERE id = ${row}.origin_meeting_id), substr(${row}.created_at, 1, 10))`,
    `${row}.seq`,
  );
/** The low 32 bits of a search key: the row's seq, for a join by primary key. */
export const SEQ_OF_KEY = (rowid: string) => `(${rowid} & 4294967295)`;

/** A meeting's key, as its triggers compute it from the row being written. */
const meetingKey = (row: string) => key(`${row}.date`, `${row}.seq`);

/**
 * Meetings keep their key in a column, set by trigger whenever the row is written or moved
 * to another day; each index's triggers compute the new key themselves and take the old one
 * from the row, so they are right whichever trigger runs first.
 */
const MEETING_KEY = `
  ALTER TABLE oo_meetings ADD COLUMN search_key INTEGER;
  CREATE TRIGGER oo_meetings_search_key_ai AFTER INSERT ON oo_meetings BEGIN
    UPDATE oo_meetings SET search_key = ${meetingKey('new')} WHERE seq = new.seq;
  END;
  CREATE TRIGGER oo_meetings_search_key_au AFTER UPDATE OF date ON oo_meetings WHEN old.date IS NOT new.date BEGIN
    UPDATE oo_meetings SET search_key = ${meetingKey('new')} WHERE seq = new.seq;
  END;`;

function notesIndex(table: string, column: string): string {
  return `
    CREATE VIRTUAL TABLE ${table} USING fts5 (${column}, content = 'oo_meetings', content_rowid = 'search_key', ${TOKENIZE}, ${PREFIX});
    CREATE TRIGGER ${table}_ai AFTER INSERT ON oo_meetings BEGIN
      INSERT INTO ${table} (rowid, ${column}) VALUES (${meetingKey('new')}, new.${column});
    END;
    CREATE TRIGGER ${table}_ad AFTER DELETE ON oo_meetings BEGIN
      INSERT INTO ${table} (${table}, rowid, ${column}) VALUES ('delete', old.search_key, old.${column});
    END;
    -- When this column's text changed, or the meeting moved to another day (a new key).
    CREATE TRIGGER ${table}_au AFTER UPDATE OF ${column}, date ON oo_meetings
    WHEN old.${column} IS NOT new.${column} OR old.date IS NOT new.date BEGIN
      INSERT INTO ${table} (${table}, rowid, ${column}) VALUES ('delete', old.search_key, old.${column});
      INSERT INTO ${table} (rowid, ${column}) VALUES (${meetingKey('new')}, new.${column});
    END;`;
}

/**
 * Items keep their key in a column too: it depends on their meeting's day, which the delete
 * trigger could no longer look up once the meeting is gone. Every write to the index is made
 * by a trigger that knows the indexed text and key (external content: a 'delete' must name
 * exactly what was indexed). Recurring agenda items stay out, as before.
 */
const ITEMS_INDEX = `
  ALTER TABLE oo_items ADD COLUMN search_key INTEGER;
  CREATE VIRTUAL TABLE oo_items_fts USING fts5 (text, content = 'oo_items', content_rowid = 'search_key', ${TOKENIZE}, ${PREFIX});
  -- A key given with the row (an import restores an export, possibly before the item's meeting) is kept.
  CREATE TRIGGER oo_items_fts_ai AFTER INSERT ON oo_items WHEN new.recurring_id IS NULL BEGIN
    UPDATE oo_items SET search_key = coalesce(new.search_key, ${itemKey('new')}) WHERE seq = new.seq;
    INSERT INTO oo_items_fts (rowid, text) VALUES (coalesce(new.search_key, ${itemKey('new')}), new.text);
  END;
  CREATE TRIGGER oo_items_fts_ad AFTER DELETE ON oo_items WHEN old.search_key IS NOT NULL BEGIN
    INSERT INTO oo_items_fts (oo_items_fts, rowid, text) VALUES ('delete', old.search_key, old.text);
  END;
  -- New text, or another meeting (also when its meeting is deleted: the key falls back to the item's own day).
  CREATE TRIGGER oo_items_fts_au AFTER UPDATE OF text, origin_meeting_id ON oo_items
  WHEN old.search_key IS NOT NULL AND (old.text IS NOT new.text OR old.origin_meeting_id IS NOT new.origin_meeting_id) BEGIN
    INSERT INTO oo_items_fts (oo_items_fts, rowid, text) VALUES ('delete', old.search_key, old.text);
    UPDATE oo_items SET search_key = ${itemKey('new')} WHERE seq = new.seq;
    INSERT INTO oo_items_fts (rowid, text) VALUES (${itemKey('new')}, new.text);
  END;
  -- A meeting moved to another day takes its items' keys with it.
  CREATE TRIGGER oo_items_fts_meeting_moved AFTER UPDATE OF date ON oo_meetings WHEN old.date IS NOT new.date BEGIN
    INSERT INTO oo_items_fts (oo_items_fts, rowid, text)
      SELECT 'delete', search_key, text FROM oo_items WHERE origin_meeting_id = new.id AND search_key IS NOT NULL;
    UPDATE oo_items SET search_key = ${key('new.date', 'seq')} WHERE origin_meeting_id = new.id AND search_key IS NOT NULL;
    INSERT INTO oo_items_fts (rowid, text)
      SELECT search_key, text FROM oo_items WHERE origin_meeting_id = new.id AND search_key IS NOT NULL;
  END;`;

/**
 * Fills the three indexes from the rows (the items' keys first). The migration calls it
 * once; the bench generator calls it after a bulk load made with the triggers off, so that
 * its indexes are the ones the triggers would have built.
 */
export function fillSearchIndexes(db: Db): void {
  db.exec(`
    UPDATE oo_meetings SET search_key = ${meetingKey('oo_meetings')};
    UPDATE oo_items SET search_key = ${itemKey('oo_items')} WHERE recurring_id IS NULL;
    INSERT INTO oo_shared_notes_fts (rowid, shared_notes) SELECT search_key, shared_notes FROM oo_meetings;
    INSERT INTO oo_private_notes_fts (rowid, private_notes) SELECT search_key, private_notes FROM oo_meetings;
    INSERT INTO oo_items_fts (rowid, text) SELECT search_key, text FROM oo_items WHERE search_key IS NOT NULL;
    INSERT INTO oo_shared_notes_fts (oo_shared_notes_fts) VALUES ('optimize');
    INSERT INTO oo_private_notes_fts (oo_private_notes_fts) VALUES ('optimize');
    INSERT INTO oo_items_fts (oo_items_fts) VALUES ('optimize');`);
}

/**
 * Search as you type (issue 18): prefix indexes, and index rows ordered by day rather than by
 * when the row was written, so that the newest matches are found by one backwards walk even
 * for meetings moved in time. Keys are stored columns (an export carries them as any other
 * column; an import's triggers compute them again); the indexes are rebuilt from the rows.
 */
export const searchAsYouTypeMigration: Migration = {
  version: 12,
  name: 'notes search: prefix indexes, rows ordered by day',
  up(db) {
    db.exec(`
      DROP TRIGGER oo_shared_notes_fts_ai;
      DROP TRIGGER oo_shared_notes_fts_ad;
      DROP TRIGGER oo_shared_notes_fts_au;
      DROP TRIGGER oo_private_notes_fts_ai;
      DROP TRIGGER oo_private_notes_fts_ad;
      DROP TRIGGER oo_private_notes_fts_au;
      DROP TRIGGER oo_items_fts_ai;
      DROP TRIGGER oo_items_fts_ad;
      DROP TRIGGER oo_items_fts_au;
      DROP TABLE oo_shared_notes_fts;
      DROP TABLE oo_private_notes_fts;
      DROP TABLE oo_items_fts;
      ${MEETING_KEY}
      ${notesIndex('oo_shared_notes_fts', 'shared_notes')}
      ${notesIndex('oo_private_notes_fts', 'private_notes')}
      ${ITEMS_INDEX}
    `);
    fillSearchIndexes(db);
  },
};
