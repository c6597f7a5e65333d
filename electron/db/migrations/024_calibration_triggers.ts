import type { Migration } from '../migration';

/** One submitted card's packed ratings, as 022 packed them: item keys and scores in item-key order. */
const packed = (id: string) => `
  SELECT s.id, s.kit_id, s.candidate_id, s.kit_version_id, s.interviewer_id, s.submitted_at, s.recommendation,
      json_group_array(r.item_key ORDER BY r.item_key) AS item_keys,
      group_concat(coalesce(r.score, 0), '' ORDER BY r.item_key) AS scores
    FROM scorecards s JOIN scorecard_ratings r ON r.scorecard_id = s.id
    WHERE s.id = ${id} AND s.status = 'submitted'
    GROUP BY s.id`;

/**
 * The card's row made again, as 023's triggers did, but its layout added only where none is
 * kept yet (NOT EXISTS) rather than by INSERT OR IGNORE: a trigger's conflict clause gives way
 * to the statement's that fired it, so an INSERT OR REPLACE of a rating would have replaced a
 * shared layout under a new number and left the other cards pointing at none.
 */
const refreshCard = (id: string) => `
  DELETE FROM calibration_cards WHERE scorecard_id = ${id};
  INSERT INTO calibration_layouts (kit_version_id, item_keys)
    SELECT c.kit_version_id, c.item_keys FROM (${packed(id)}) c
      WHERE NOT EXISTS (
        SELECT 1 FROM calibration_layouts l WHERE l.kit_version_id = c.kit_version_id AND l.item_keys = c.item_keys
      );
  INSERT INTO calibration_cards
    SELECT c.id, c.kit_id, c.candidate_id, l.id, c.interviewer_id, c.submitted_at, c.recommendation, c.scores
      FROM (${packed(id)}) c
      JOIN calibration_layouts l ON l.kit_version_id = c.kit_version_id AND l.item_keys = c.item_keys;`;

const isSubmitted = (id: string) => `EXISTS (SELECT 1 FROM scorecards WHERE id = ${id} AND status = 'submitted')`;

/** 023's triggers again, each card's refresh written as above; the rows they keep are unchanged. */
export const calibrationTriggersMigration: Migration = {
  version: 24,
  name: 'calibration: layouts kept whatever the writing statement',
  up(db) {
    for (const trigger of ['card_ai', 'card_au', 'rating_ai', 'rating_au', 'rating_ad'])
      db.exec(`DROP TRIGGER calibration_cards_${trigger}`);
    db.exec(`
      CREATE TRIGGER calibration_cards_card_ai AFTER INSERT ON scorecards WHEN new.status = 'submitted' BEGIN
        ${refreshCard('new.id')}
      END;
      CREATE TRIGGER calibration_cards_card_au
      AFTER UPDATE OF id, candidate_id, kit_id, kit_version_id, interviewer_id, status, recommendation, submitted_at ON scorecards
      WHEN old.status = 'submitted' OR new.status = 'submitted' BEGIN
        DELETE FROM calibration_cards WHERE scorecard_id = old.id;
        ${refreshCard('new.id')}
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
