import type { Migration } from '../migration';

const TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'";

/**
 * The evidence log: one row per piece of evidence about a person, its competencies (or free
 * tags) in their own table because coverage counts them per person and period.
 *
 * - `seq` is the rowid the full-text index points at; `id` is the UUID the window sees.
 * - The source is a plain reference (meeting, mentoring session, goal check-in, assessment):
 *   those rows belong to other domains, and evidence outlives a deleted meeting. `source_on`
 *   and `source_label` keep the link readable when it is gone.
 * - `source_private` marks a passage of private 1:1 notes: the entry stays private for good;
 *   only a `shareable` rewrite may leave in an export meant for someone else.
 * - Evidence that assessments held before this step is copied into the log (source
 *   'assessment'), so the log starts with everything already written down.
 */
export const evidenceLogMigration: Migration = {
  version: 13,
  name: 'evidence log',
  up(db) {
    db.exec(`
      CREATE TABLE evidence_entries (
        seq            INTEGER PRIMARY KEY,
        id             TEXT NOT NULL UNIQUE,
        person_id      TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        happened       TEXT NOT NULL CHECK (length(happened) BETWEEN 1 AND 4000),
        shows          TEXT NOT NULL DEFAULT '',
        seen_on        TEXT NOT NULL,
        source_kind    TEXT NOT NULL CHECK (source_kind IN ('one_on_one', 'mentoring', 'goal_checkin', 'direct', 'assessment')),
        source_id      TEXT,
        source_on      TEXT,
        source_label   TEXT NOT NULL DEFAULT '',
        source_private INTEGER NOT NULL DEFAULT 0 CHECK (source_private IN (0, 1)),
        private        INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
        shareable      TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        CHECK (private = 1 OR source_private = 0)
      ) STRICT;
      CREATE INDEX evidence_entries_person ON evidence_entries (person_id, seen_on, seq);
      CREATE INDEX evidence_entries_source ON evidence_entries (source_kind, source_id);

      CREATE TABLE evidence_tags (
        entry_seq INTEGER NOT NULL REFERENCES evidence_entries (seq) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        tag       TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 100),
        seen_on   TEXT NOT NULL,
        PRIMARY KEY (entry_seq, tag)
      ) STRICT;
      CREATE INDEX evidence_tags_person ON evidence_tags (person_id, tag, seen_on);

      CREATE VIRTUAL TABLE evidence_fts USING fts5 (
        happened, shows, shareable, content = 'evidence_entries', content_rowid = 'seq', ${TOKENIZE}
      );
      INSERT INTO evidence_fts (evidence_fts, rank) VALUES ('secure-delete', 0);
      CREATE TRIGGER evidence_fts_ai AFTER INSERT ON evidence_entries BEGIN
        INSERT INTO evidence_fts (rowid, happened, shows, shareable) VALUES (new.seq, new.happened, new.shows, new.shareable);
      END;
      CREATE TRIGGER evidence_fts_ad AFTER DELETE ON evidence_entries BEGIN
        INSERT INTO evidence_fts (evidence_fts, rowid, happened, shows, shareable)
          VALUES ('delete', old.seq, old.happened, old.shows, old.shareable);
      END;
      CREATE TRIGGER evidence_fts_au AFTER UPDATE OF happened, shows, shareable ON evidence_entries BEGIN
        INSERT INTO evidence_fts (evidence_fts, rowid, happened, shows, shareable)
          VALUES ('delete', old.seq, old.happened, old.shows, old.shareable);
        INSERT INTO evidence_fts (rowid, happened, shows, shareable) VALUES (new.seq, new.happened, new.shows, new.shareable);
      END;

      INSERT INTO evidence_entries
        (id, person_id, happened, seen_on, source_kind, source_id, source_on, source_label, created_at, updated_at)
      SELECT e.id, e.person_id, e.text, coalesce(e.seen_on, a.assessed_on), 'assessment', a.id, a.assessed_on,
             e.meeting_label, a.created_at, a.updated_at
        FROM assessment_evidence e JOIN assessments a ON a.id = e.assessment_id
       WHERE length(trim(e.text)) > 0
       ORDER BY coalesce(e.seen_on, a.assessed_on), a.assessed_on, e.position;
      INSERT INTO evidence_tags (entry_seq, person_id, tag, seen_on)
      SELECT n.seq, n.person_id, c.competency_id, n.seen_on
        FROM evidence_competencies c JOIN evidence_entries n ON n.id = c.evidence_id;
    `);
  },
};
