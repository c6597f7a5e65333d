import type { Migration } from '../migration';

/**
 * One card's row of calibration_cards made again from its scorecard and ratings: removed, then
 * written back if the card is submitted and has ratings (a card without any never counted).
 * Ratings are packed in item-key order, as calibration read them through migration 020's
 * indexes: its sums then add up in the same order, to the last bit.
 */
const refreshCard = (id: string) => `
  DELETE FROM calibration_cards WHERE scorecard_id = ${id};
  INSERT INTO calibration_cards
    SELECT s.id, s.kit_id, s.candidate_id, s.kit_version_id, s.interviewer_id, s.submitted_at, s.recommendation,
        json_group_array(r.item_key ORDER BY r.item_key), group_concat(coalesce(r.score, 0), '' ORDER BY r.item_key)
      FROM scorecards s JOIN scorecard_ratings r ON r.scorecard_id = s.id
      WHERE s.id = ${id} AND s.status = 'submitted'
      GROUP BY s.id;`;

const isSubmitted = (id: string) => `EXISTS (SELECT 1 FROM scorecards WHERE id = ${id} AND status = 'submitted')`;

/**
 * Calibration reads every submitted scorecard with its scores (issue 18: the screen must answer
 * within 100 ms for a director's 50,000 cards and 250,000 ratings). Through 020's indexes that
 * was a join and a GROUP BY over every rating on each open, 0.4–0.6 s. Here each submitted card
 * keeps one narrow row with what calibration needs — its panel, kit version, interviewer,
 * submission, recommendation, item keys (JSON) and scores packed one character each ('0' for
 * none) — so calibration reads 50,000 short rows in key order and joins nothing.
 *
 * Triggers keep the rows in step inside the very statement that changes a card or a rating,
 * so every write path (submit, amend, reopen, import, erase, deletes that cascade from a
 * role, kit, candidate or interviewer, a restored or imported backup) is covered without
 * each having to remember: there is no second copy for one of them to forget. Drafts are
 * never here; a rating of a draft costs one lookup of its card's status, and evidence text
 * (autosave's usual write) none: it is not calibration's.
 * Item keys, not competency names, are kept: names come from the kit version at read time,
 * as before. The row is rebuilt from the card's ratings (five or so) on each change.
 */
export const calibrationCardsMigration: Migration = {
  version: 22,
  name: 'calibration: one row per submitted scorecard',
  up(db) {
    db.exec(`
      CREATE TABLE calibration_cards (
        scorecard_id    TEXT PRIMARY KEY,
        kit_id          TEXT NOT NULL,
        candidate_id    TEXT NOT NULL,
        kit_version_id  TEXT NOT NULL,
        interviewer_id  TEXT NOT NULL,
        submitted_at    TEXT,
        recommendation  TEXT,
        item_keys       TEXT NOT NULL,
        scores          TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX calibration_cards_kit ON calibration_cards (kit_id);

      INSERT INTO calibration_cards
        SELECT s.id, s.kit_id, s.candidate_id, s.kit_version_id, s.interviewer_id, s.submitted_at, s.recommendation,
            json_group_array(r.item_key ORDER BY r.item_key), group_concat(coalesce(r.score, 0), '' ORDER BY r.item_key)
          FROM scorecards s INDEXED BY scorecards_submitted
          JOIN scorecard_ratings r INDEXED BY scorecard_ratings_scores ON r.scorecard_id = s.id
          WHERE s.status = 'submitted'
          GROUP BY s.id;

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
      END;`);
  },
};
