import type { Migration } from '../migration';

/**
 * A ladder may define its own rating scale (shared/ladders/scale.ts). The scale lives in the
 * ladder document, and a document version never changes once an assessment points at it, so
 * every assessment keeps the scale it was rated on. Documents written before this step have
 * no scale and read as the standard three steps, whose ids are exactly the ratings stored, so
 * nothing is rewritten: only the fixed list in the ratings' CHECK goes (a rating is now a step
 * id of its version's scale, which the store checks on every write).
 *
 * SQLite cannot drop a CHECK in place: the table is rebuilt with the same columns and rows.
 */
export const ladderRatingScalesMigration: Migration = {
  version: 16,
  name: 'ladder rating scales',
  up(db) {
    db.exec(`
      CREATE TABLE assessment_ratings_scaled (
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        competency_id TEXT NOT NULL,
        rating        TEXT NOT NULL CHECK (length(rating) BETWEEN 1 AND 60),
        note          TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (assessment_id, competency_id)
      ) STRICT;
      INSERT INTO assessment_ratings_scaled (rowid, assessment_id, competency_id, rating, note)
        SELECT rowid, assessment_id, competency_id, rating, note FROM assessment_ratings;
      DROP TABLE assessment_ratings;
      ALTER TABLE assessment_ratings_scaled RENAME TO assessment_ratings;
    `);
  },
};
