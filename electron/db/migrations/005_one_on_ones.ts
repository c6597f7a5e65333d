import { BUILTIN_TEMPLATES } from '../../domains/oneOnOnes/builtinTemplates';
import type { Migration } from '../migration';

/**
 * 1:1 series, meetings, agenda/action items and their search index.
 * - Items live once and are linked to every meeting they appeared on (oo_meeting_items),
 *   so carrying an open item over is a new link, and its state is the same everywhere.
 * - Meetings and items have an INTEGER PRIMARY KEY (`seq`) because the FTS5 external-content
 *   tables address rows by rowid, and only an aliased rowid survives VACUUM unchanged.
 * - Every row about a person reaches `people` through ON DELETE CASCADE (erase leaves nothing);
 *   the FTS delete triggers fire on cascaded deletes too, so the index forgets the text.
 */
export const oneOnOnesMigration: Migration = {
  version: 5,
  name: 'one-on-ones',
  up(db) {
    db.exec(`
      CREATE TABLE oo_series (
        id          TEXT PRIMARY KEY,
        person_id   TEXT NOT NULL UNIQUE REFERENCES people (id) ON DELETE CASCADE,
        cadence     TEXT NOT NULL CHECK (cadence IN ('weekly', 'biweekly', 'monthly', 'custom')),
        every_days  INTEGER CHECK (every_days BETWEEN 1 AND 365),
        first_date  TEXT NOT NULL,
        time        TEXT NOT NULL,
        time_zone   TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE oo_meetings (
        seq            INTEGER PRIMARY KEY,
        id             TEXT NOT NULL UNIQUE,
        person_id      TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        slot_date      TEXT NOT NULL,
        date           TEXT NOT NULL,
        time           TEXT NOT NULL,
        time_zone      TEXT NOT NULL,
        starts_at      TEXT NOT NULL,
        status         TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held', 'skipped', 'moved')),
        moved_to       TEXT,
        shared_notes   TEXT NOT NULL DEFAULT '',
        private_notes  TEXT NOT NULL DEFAULT '',
        mood           INTEGER CHECK (mood BETWEEN 1 AND 5),
        held_at        TEXT,
        unlocked_at    TEXT,
        edited_after_unlock_at TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX oo_meetings_person_date ON oo_meetings (person_id, date, seq);
      -- "last held", "upcoming", mood trend and career talk all read one status newest-first;
      -- id and mood make the last two index-only (no trip to rows heavy with notes).
      CREATE INDEX oo_meetings_person_status ON oo_meetings (person_id, status, date, seq, id, mood);

      CREATE TABLE oo_meeting_tags (
        meeting_id TEXT NOT NULL REFERENCES oo_meetings (id) ON DELETE CASCADE,
        tag        TEXT NOT NULL,
        PRIMARY KEY (meeting_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX oo_meeting_tags_tag ON oo_meeting_tags (tag, meeting_id);

      CREATE TABLE oo_items (
        seq                INTEGER PRIMARY KEY,
        id                 TEXT NOT NULL UNIQUE,
        person_id          TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        kind               TEXT NOT NULL CHECK (kind IN ('agenda', 'action')),
        side               TEXT NOT NULL CHECK (side IN ('me', 'them')),
        text               TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
        state              TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'dropped')),
        due_date           TEXT,
        queued             INTEGER NOT NULL DEFAULT 0 CHECK (queued IN (0, 1)),
        recurring_id       TEXT,
        origin_meeting_id  TEXT REFERENCES oo_meetings (id) ON DELETE SET NULL,
        closed_at          TEXT,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX oo_items_person_state ON oo_items (person_id, state, kind);
      CREATE INDEX oo_items_origin ON oo_items (origin_meeting_id);

      CREATE TABLE oo_meeting_items (
        meeting_id TEXT NOT NULL REFERENCES oo_meetings (id) ON DELETE CASCADE,
        item_id    TEXT NOT NULL REFERENCES oo_items (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        PRIMARY KEY (meeting_id, item_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX oo_meeting_items_item ON oo_meeting_items (item_id);

      CREATE TABLE oo_recurring (
        id          TEXT PRIMARY KEY,
        person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        text        TEXT NOT NULL,
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX oo_recurring_person ON oo_recurring (person_id);

      CREATE TABLE oo_templates (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        items       TEXT NOT NULL CHECK (json_valid(items)),
        built_in    INTEGER NOT NULL DEFAULT 0,
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE VIRTUAL TABLE oo_meetings_fts USING fts5 (
        shared_notes, private_notes,
        content = 'oo_meetings', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER oo_meetings_fts_ai AFTER INSERT ON oo_meetings BEGIN
        INSERT INTO oo_meetings_fts (rowid, shared_notes, private_notes) VALUES (new.seq, new.shared_notes, new.private_notes);
      END;
      CREATE TRIGGER oo_meetings_fts_ad AFTER DELETE ON oo_meetings BEGIN
        INSERT INTO oo_meetings_fts (oo_meetings_fts, rowid, shared_notes, private_notes)
          VALUES ('delete', old.seq, old.shared_notes, old.private_notes);
      END;
      CREATE TRIGGER oo_meetings_fts_au AFTER UPDATE OF shared_notes, private_notes ON oo_meetings BEGIN
        INSERT INTO oo_meetings_fts (oo_meetings_fts, rowid, shared_notes, private_notes)
          VALUES ('delete', old.seq, old.shared_notes, old.private_notes);
        INSERT INTO oo_meetings_fts (rowid, shared_notes, private_notes) VALUES (new.seq, new.shared_notes, new.private_notes);
      END;

      CREATE VIRTUAL TABLE oo_items_fts USING fts5 (
        text,
        content = 'oo_items', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      -- Instances of recurring items repeat the same words every week: they are not indexed.
      CREATE TRIGGER oo_items_fts_ai AFTER INSERT ON oo_items WHEN new.recurring_id IS NULL BEGIN
        INSERT INTO oo_items_fts (rowid, text) VALUES (new.seq, new.text);
      END;
      CREATE TRIGGER oo_items_fts_ad AFTER DELETE ON oo_items WHEN old.recurring_id IS NULL BEGIN
        INSERT INTO oo_items_fts (oo_items_fts, rowid, text) VALUES ('delete', old.seq, old.text);
      END;
      CREATE TRIGGER oo_items_fts_au AFTER UPDATE OF text ON oo_items WHEN old.recurring_id IS NULL BEGIN
        INSERT INTO oo_items_fts (oo_items_fts, rowid, text) VALUES ('delete', old.seq, old.text);
        INSERT INTO oo_items_fts (rowid, text) VALUES (new.seq, new.text);
      END;

      -- Erase must leave no word behind: without secure-delete, FTS5 keeps deleted tokens in
      -- its index segments until they happen to be merged.
      INSERT INTO oo_meetings_fts (oo_meetings_fts, rank) VALUES ('secure-delete', 1);
      INSERT INTO oo_items_fts (oo_items_fts, rank) VALUES ('secure-delete', 1);
    `);
    const seed = db.prepare('INSERT INTO oo_templates (id, name, items, built_in, updated_at) VALUES (?, ?, ?, 1, ?)');
    for (const t of BUILTIN_TEMPLATES) seed.run(t.id, t.name, JSON.stringify(t.items), '2026-01-01T00:00:00.000Z');
  },
};
