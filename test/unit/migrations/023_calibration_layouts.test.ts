import { expect, it } from 'vitest';
import { calibrationLayoutsMigration } from '#electron/db/migrations/023_calibration_layouts';
import { asReadable } from '#electron/db/access';
import { closeDatabase, type Db } from '#electron/db/open';
import { calibrationCardsSql } from '#electron/domains/interviews/calibrationCards';
import { calibrationCards } from '../../support/calibrationReference';
import { calibrationCardsFromRatings } from '../../support/calibrationFromRatings';
import { writeCalibrationFixture } from '../../support/calibrationFixture';
import { migrationStore } from '../../support/migrationStore';

const version = calibrationLayoutsMigration.version;
const store = migrationStore(version);

/** A user's store before 023 (022's rows written by its triggers): two roles, cards submitted, a draft, one submitted with no ratings. */
function arrangeStoreBefore(): void {
  const db = store.openBefore();
  writeCalibrationFixture(db);
  closeDatabase(db);
}

/** calibration_cards read as the handler reads it, against the raw rows, for every role and each. */
function expectInStep(db: Db): void {
  for (const roleId of [null, 'r1', 'r2']) {
    expect(calibrationCards(asReadable(db), roleId)).toEqual(calibrationCardsFromRatings(db, roleId));
  }
}

const layouts = (db: Db) =>
  db
    .prepare('SELECT kit_version_id, item_keys FROM calibration_layouts ORDER BY kit_version_id, item_keys')
    .raw()
    .all();

it('023 keeps each layout of items once, cards pointing at it, and keeps both in step', () => {
  arrangeStoreBefore();
  const migrated = store.openMigrated();
  expect(migrated.pragma('user_version', { simple: true })).toBe(version);
  expect(layouts(migrated)).toEqual([
    ['v1', '["code","design"]'],
    ['v2', '["design","talk"]'],
    ['v3', '["craft"]'],
  ]);
  expect(
    migrated
      .prepare(
        `SELECT c.scorecard_id, l.kit_version_id, c.scores FROM calibration_cards c
           JOIN calibration_layouts l ON l.id = c.layout_id ORDER BY c.scorecard_id`,
      )
      .raw()
      .all(),
  ).toEqual([
    ['s1', 'v1', '04'],
    ['s2', 'v2', '23'],
    ['s4', 'v3', '3'],
    ['s5', 'v3', '1'],
  ]);
  expectInStep(migrated);
  const plan = (migrated.prepare(`EXPLAIN QUERY PLAN ${calibrationCardsSql(false)}`).all() as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');
  expect(plan).toBe('SCAN c');

  const steps = [
    "UPDATE scorecards SET status = 'submitted', recommendation = 'yes', submitted_at = '2026-03-01T10:00:00Z' WHERE id = 's3'",
    "UPDATE scorecard_ratings SET score = 4 WHERE scorecard_id = 's2' AND item_key = 'talk'",
    "INSERT INTO scorecard_ratings (scorecard_id, item_key, score) VALUES ('s6', 'craft', 2)",
    "UPDATE scorecards SET recommendation = 'strong_yes' WHERE id = 's6'",
    // A new layout: the card now rates one item of its version.
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
  // A deleted kit version takes its layouts with it.
  migrated.exec("DELETE FROM interview_kit_versions WHERE id IN ('v1', 'v3')");
  expectInStep(migrated);
  expect(layouts(migrated)).toEqual([['v2', '["design","talk"]']]);
  closeDatabase(migrated);
});
