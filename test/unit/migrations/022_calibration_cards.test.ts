import { expect, it } from 'vitest';
import { calibrationCardsMigration } from '#electron/db/migrations/022_calibration_cards';
import { asReadable } from '#electron/db/access';
import { closeDatabase, type Db } from '#electron/db/open';
import { calibrationCardsFromRatings } from '../../support/calibrationFromRatings';
import { writeCalibrationFixture } from '../../support/calibrationFixture';
import { migrationStore } from '../../support/migrationStore';
import { cardsFromInlineRows, type InlineCardRow } from '../../support/packedCalibrationRows';

const version = calibrationCardsMigration.version;

/** Calibration's read as 022 served it (023 keeps the layouts apart): one row per card, in key order. */
const READ_022 = (byRole: boolean) =>
  `SELECT c.candidate_id || '/' || c.kit_id, c.kit_version_id, c.interviewer_id, c.submitted_at, c.recommendation,
       c.item_keys, c.scores
     FROM ${byRole ? 'interview_kits k JOIN calibration_cards c ON c.kit_id = k.id AND k.role_id = @roleId' : 'calibration_cards c'}
     ORDER BY c.scorecard_id`;
const calibrationCards = (db: Db, roleId: string | null) =>
  cardsFromInlineRows(
    asReadable(db),
    db
      .prepare(READ_022(roleId !== null))
      .raw()
      .all(roleId ? { roleId } : {}) as InlineCardRow[],
  );
const store = migrationStore(version);

/** A user's store before 022: two roles, cards submitted, a draft, one submitted with no ratings. */
function arrangeStoreBefore(): void {
  const db = store.openBefore();
  writeCalibrationFixture(db);
  closeDatabase(db);
}

/** calibration_cards read as the handler reads it, against the raw rows, for every role and each. */
function expectInStep(db: Db): void {
  for (const roleId of [null, 'r1', 'r2']) {
    expect(calibrationCards(db, roleId)).toEqual(calibrationCardsFromRatings(db, roleId));
  }
}

it('022 packs existing submitted scorecards one row each, reads them alone, and keeps them in step', () => {
  arrangeStoreBefore();
  const migrated = store.openMigrated();
  expect(migrated.pragma('user_version', { simple: true })).toBe(version);
  // Submitted cards with ratings only: the draft and the card without ratings never counted.
  expect(migrated.prepare('SELECT scorecard_id, item_keys, scores FROM calibration_cards').raw().all()).toEqual([
    ['s1', '["code","design"]', '04'],
    ['s2', '["design","talk"]', '23'],
    ['s4', '["craft"]', '3'],
    ['s5', '["craft"]', '1'],
  ]);
  expect(calibrationCards(migrated, null).map((c) => c.ratings)).toEqual([
    [
      { competency: 'Coding', score: null },
      { competency: 'System design', score: 4 },
    ],
    [
      { competency: 'System design', score: 2 },
      { competency: 'Communication', score: 3 },
    ],
    [{ competency: 'Craft', score: 3 }],
    [{ competency: 'Craft', score: 1 }],
  ]);
  expectInStep(migrated);
  // Every role's cards in key order from the one table: no scorecard or rating read, nothing sorted.
  const plan = (migrated.prepare(`EXPLAIN QUERY PLAN ${READ_022(false)}`).all() as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');
  expect(plan).toBe('SCAN c');

  // Written after the migration: each kind of change to what calibration reads.
  const steps = [
    "UPDATE scorecards SET status = 'submitted', recommendation = 'yes', submitted_at = '2026-03-01T10:00:00Z' WHERE id = 's3'",
    "UPDATE scorecard_ratings SET score = 4 WHERE scorecard_id = 's2' AND item_key = 'talk'",
    "INSERT INTO scorecard_ratings (scorecard_id, item_key, score) VALUES ('s6', 'craft', 2)",
    "UPDATE scorecards SET recommendation = 'strong_yes' WHERE id = 's6'",
    "DELETE FROM scorecard_ratings WHERE scorecard_id = 's1' AND item_key = 'code'",
    "UPDATE scorecards SET status = 'draft', submitted_at = NULL WHERE id = 's2'",
    "DELETE FROM scorecards WHERE id = 's4'",
    "DELETE FROM candidates WHERE id = 'c1'",
    "DELETE FROM interviewers WHERE id = 'cy'",
  ];
  for (const step of steps) {
    migrated.exec(step);
    expectInStep(migrated);
  }
  expect(migrated.prepare('SELECT scorecard_id FROM calibration_cards').pluck().all()).toEqual(['s5']);
  closeDatabase(migrated);
});
