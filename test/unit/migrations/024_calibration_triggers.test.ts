import { expect, it } from 'vitest';
import { calibrationTriggersMigration } from '#electron/db/migrations/024_calibration_triggers';
import { asReadable } from '#electron/db/access';
import { closeDatabase, type Db } from '#electron/db/open';
import { calibrationCards } from '../../support/calibrationReference';
import { calibrationCardsFromRatings } from '../../support/calibrationFromRatings';
import { writeCalibrationFixture } from '../../support/calibrationFixture';
import { migrationStore } from '../../support/migrationStore';

const version = calibrationTriggersMigration.version;
const store = migrationStore(version);

/** A user's store before 024 (023's rows written by its triggers): two roles, cards submitted, a draft, one submitted with no ratings. */
function arrangeStoreBefore(): void {
  const db = store.openBefore();
  writeCalibrationFixture(db);
  closeDatabase(db);
}

function expectInStep(db: Db): void {
  for (const roleId of [null, 'r1', 'r2']) {
    expect(calibrationCards(asReadable(db), roleId)).toEqual(calibrationCardsFromRatings(db, roleId));
  }
}

it('024 keeps a layout shared by several cards under its number whatever conflict clause the write carries', () => {
  arrangeStoreBefore();
  const migrated = store.openMigrated();
  expect(migrated.pragma('user_version', { simple: true })).toBe(version);
  const layoutIds = () => migrated.prepare('SELECT id FROM calibration_layouts ORDER BY id').pluck().all();
  const before = layoutIds();
  expectInStep(migrated);
  // s4 and s5 share v3's layout: rewriting s5's rating with OR REPLACE must leave it to s4 too.
  for (const step of [
    "INSERT OR REPLACE INTO scorecard_ratings (scorecard_id, item_key, score) VALUES ('s5', 'craft', 4)",
    "REPLACE INTO scorecard_ratings (scorecard_id, item_key, score) VALUES ('s4', 'craft', 2)",
    "INSERT OR IGNORE INTO scorecard_ratings (scorecard_id, item_key, score) VALUES ('s6', 'craft', 1)",
    "UPDATE OR REPLACE scorecards SET recommendation = 'no' WHERE id = 's6'",
    "INSERT OR ROLLBACK INTO scorecard_ratings (scorecard_id, item_key, score) VALUES ('s2', 'extra', 2)",
  ]) {
    migrated.exec(step);
    expectInStep(migrated);
  }
  // The one new layout (s2's added item) came on top; none was renumbered.
  expect(layoutIds()).toEqual([...before, before.length + 1]);
  closeDatabase(migrated);
});
