import type { Migration } from '../migration';

/**
 * Calibration reads every submitted scorecard with its ratings (interviews/calibrationCards.ts):
 * at a director's scale 50,000 cards and 250,000 ratings. Read by primary key, each card sent
 * it to a rating index in random order and each rating to its row (evidence text and all):
 * about 90 MB of encrypted pages for a 32 MB page cache, decrypted again on every call, and
 * 0.8 s a calibration. These two indexes hold just what calibration reads, both in card-id
 * order, so one calibration reads each of their pages once, in order (about 32 MB):
 * - submitted scorecards (partial: drafts never count), with the columns calibration shows;
 * - ratings with their scores, beside the (card, item) key the primary key already indexes.
 * On the director's store the two take about 1.5 s to build, once, at the upgrade.
 */
export const calibrationIndexesMigration: Migration = {
  version: 20,
  name: 'indexes for calibration',
  up(db) {
    db.exec(`
      CREATE INDEX scorecards_submitted
        ON scorecards (id, candidate_id, kit_id, kit_version_id, interviewer_id, submitted_at, recommendation)
        WHERE status = 'submitted';
      CREATE INDEX scorecard_ratings_scores ON scorecard_ratings (scorecard_id, item_key, score);`);
  },
};
