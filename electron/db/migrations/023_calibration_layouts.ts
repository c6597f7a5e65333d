import type { Migration } from '../migration';

/** One submitted card's packed ratings, as 022 packed them: item keys and scores in item-key order. */
const packed = (where: string) => `
  SELECT s.id, s.kit_id, s.candidate_id, s.kit_version_id, s.interviewer_id, s.submitted_at, s.recommendation,
      json_group_array(r.item_key ORDER BY r.item_key) AS item_keys,
      group_concat(coalesce(r.score, 0), '' ORDER BY r.item_key) AS scores
    FROM scorecards s JOIN scorecard_ratings r ON r.scorecard_id = s.id
    WHERE ${where}
    GROUP BY s.id`;

/** The card's row made again (see 022): its layout first, then the row pointing at it. */
const refreshCard = (id: string) => `
  DELETE FROM calibration_cards WHERE scorecard_id = ${id};
  INSERT OR IGNORE INTO calibration_layouts (kit_version_id, item_keys)
    SELECT kit_version_id, item_keys FROM (${packed(`s.id = ${id} AND s.status = 'submitted'`)});
  INSERT INTO calibration_cards
    SELECT c.id, c.kit_id, c.candidate_id, l.id, c.interviewer_id, c.submitted_at, c.recommendation, c.scores
      FROM (${packed(`s.id = ${id} AND s.status = 'submitted'`)}) c
      JOIN calibration_layouts l ON l.kit_version_id = c.kit_version_id AND l.item_keys = c.item_keys;`;

const isSubmitted = (id: string) => `EXISTS (SELECT 1 FROM scorecards WHERE id = ${id} AND status = 'submitted')`;

/**
 * 022's rows carried each card's kit version and item keys (a JSON array of five UUIDs): 230 of
 * a row's 460 bytes, though a director's 50,000 cards share about 50 such layouts. Calibration
 * read 23 MB of pages and made two long strings per card for them. Here a layout is kept once in
 * calibration_layouts (INTEGER PRIMARY KEY: a backup's VACUUM INTO keeps the numbers) and a card
 * points at it by number: the rows hold about a half of what they did, and calibration reads
 * the layouts, a few dozen rows, beside them.
 *
 * The same triggers as 022's keep both in step inside the statement that changes a card or a
 * rating; a layout goes when its kit version does. 022's rows, which its triggers kept in step,
 * are carried over as they are, split in two: 50,000 short rows, not the 250,000 ratings again.
 */
export const calibrationLayoutsMigration: Migration = {
  version: 23,
  name: 'calibration: layouts kept once',
  up(db) {
    for (const trigger of ['card_ai', 'card_au', 'card_ad', 'rating_ai', 'rating_au', 'rating_ad'])
      db.exec(`DROP TRIGGER calibration_cards_${trigger}`);
    db.exec(`
      CREATE TEMP TABLE packed_cards AS
        SELECT scorecard_id AS id, kit_id, candidate_id, kit_version_id, interviewer_id, submitted_at, recommendation,
            item_keys, scores
          FROM calibration_cards;
      DROP TABLE calibration_cards;
      CREATE TABLE calibration_layouts (
        id              INTEGER PRIMARY KEY,
        kit_version_id  TEXT NOT NULL,
        item_keys       TEXT NOT NULL,
        UNIQUE (kit_version_id, item_keys)
      ) STRICT;
      CREATE TABLE calibration_cards (
        scorecard_id    TEXT PRIMARY KEY,
        kit_id          TEXT NOT NULL,
        candidate_id    TEXT NOT NULL,
        layout_id       INTEGER NOT NULL,
        interviewer_id  TEXT NOT NULL,
        submitted_at    TEXT,
        recommendation  TEXT,
        scores          TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX calibration_cards_kit ON calibration_cards (kit_id);

      INSERT OR IGNORE INTO calibration_layouts (kit_version_id, item_keys)
        SELECT kit_version_id, item_keys FROM packed_cards ORDER BY kit_version_id, item_keys;
      INSERT INTO calibration_cards
        SELECT c.id, c.kit_id, c.candidate_id, l.id, c.interviewer_id, c.submitted_at, c.recommendation, c.scores
          FROM packed_cards c
          JOIN calibration_layouts l ON l.kit_version_id = c.kit_version_id AND l.item_keys = c.item_keys
          ORDER BY c.id;
      DROP TABLE packed_cards;

      CREATE TRIGGER calibration_cards_card_ai AFTER INSERT ON scorecards WHEN new.status = 'submitted' BEGIN
        ${refreshCard('new.id')}
      END;
      CREATE TRIGGER calibration_cards_card_au
      AFTER UPDATE OF id, candidate_id, kit_id, kit_version_id, interviewer_id, status, recommendation, submitted_at ON scorecards
      WHEN old.status = 'submitted' OR new.status = 'submitted' BEGIN
        DELETE FROM calibration_cards WHERE scorecard_id = old.id;
        ${refreshCard('new.id')}
      END;
      CREATE TRIGGER calibration_cards_card_ad AFTER DELETE ON scorecards WHEN old.status = 'submitted' BEGIN
        DELETE FROM calibration_cards WHERE scorecard_id = old.id;
      END;
      CREATE TRIGGER calibration_cards_rating_ai AFTER INSERT ON scorecard_ratings
      WHEN ${isSubmitted('new.scorecard_id')} BEGIN
        ${refreshCard('new.scorecard_id')}
      END;
      CREATE TRIGGER calibration_cards_rating_au AFTER UPDATE OF scorecard_id, item_key, score ON scorecard_ratings
      WHEN ${isSubmitted('old.scorecard_id')} OR ${isSubmitted('new.scorecard_id')} BEGIN
        ${refreshCard('old.scorecard_id')}
        ${refreshCard('new.scorecard_id')}
      END;
      CREATE TRIGGER calibration_cards_rating_ad AFTER DELETE ON scorecard_ratings
      WHEN ${isSubmitted('old.scorecard_id')} BEGIN
        ${refreshCard('old.scorecard_id')}
      END;
      CREATE TRIGGER calibration_layouts_version_ad AFTER DELETE ON interview_kit_versions BEGIN
        DELETE FROM calibration_layouts WHERE kit_version_id = old.id;
      END;`);
  },
};
