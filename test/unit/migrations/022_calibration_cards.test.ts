import { expect, it } from 'vitest';
import { calibrationCardsMigration } from '#electron/db/migrations/022_calibration_cards';
import { asReadable } from '#electron/db/access';
import { closeDatabase, type Db } from '#electron/db/open';
import { calibrationCardsFromRatings } from '../../support/calibrationFromRatings';
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

const kit = (items: [string, string][]) =>
  JSON.stringify({ items: items.map(([key, name]) => ({ key, name })), questions: [], timePlan: [] });

/** A user's store before 022: two roles, cards submitted, a draft, one submitted with no ratings. */
function arrangeStoreBefore(): void {
  const db = store.openBefore();
  db.exec(`
    INSERT INTO interview_roles (id, title, created_at) VALUES ('r1', 'Engineer', 'x'), ('r2', 'Designer', 'x');
    INSERT INTO interview_kits (id, role_id, created_at) VALUES ('k1', 'r1', 'x'), ('k2', 'r2', 'x');
    INSERT INTO interview_kit_versions (id, kit_id, version, stage, kind, content, created_at) VALUES
      ('v1', 'k1', 1, 'Onsite', 'interview', '${kit([
        ['design', 'System design'],
        ['code', 'Coding'],
      ])}', 'x'),
      ('v2', 'k1', 2, 'Onsite', 'interview', '${kit([
        ['design', 'System design'],
        ['talk', 'Communication'],
      ])}', 'x'),
      ('v3', 'k2', 1, 'Portfolio', 'interview', '${kit([['craft', 'Craft']])}', 'x');
    INSERT INTO interviewers (id, name, created_at) VALUES ('ann', 'Ann', 'x'), ('bob', 'Bob', 'x'), ('cy', 'Cy', 'x');
    INSERT INTO candidates (id, role_id, name, stage, alias, created_at) VALUES
      ('c1', 'r1', 'Cam', 'Onsite', 'A1', 'x'), ('c2', 'r2', 'Dee', 'Onsite', 'A2', 'x');
    INSERT INTO scorecards (id, candidate_id, kit_id, kit_version_id, interviewer_id, source, status, recommendation, submitted_at, created_at, updated_at) VALUES
      ('s1', 'c1', 'k1', 'v1', 'ann', 'own', 'submitted', 'strong_yes', '2026-01-02T10:00:00Z', 'x', 'x'),
      ('s2', 'c1', 'k1', 'v2', 'bob', 'entered', 'submitted', 'no', '2026-02-03T10:00:00Z', 'x', 'x'),
      ('s3', 'c1', 'k1', 'v2', 'cy', 'entered', 'draft', NULL, NULL, 'x', 'x'),
      ('s4', 'c2', 'k2', 'v3', 'ann', 'own', 'submitted', 'yes', '2026-02-04T10:00:00Z', 'x', 'x'),
      ('s5', 'c2', 'k2', 'v3', 'bob', 'own', 'submitted', 'strong_no', '2026-02-05T10:00:00Z', 'x', 'x'),
      ('s6', 'c2', 'k2', 'v3', 'cy', 'own', 'submitted', 'yes', '2026-02-06T10:00:00Z', 'x', 'x');
    INSERT INTO scorecard_ratings (scorecard_id, item_key, score) VALUES
      ('s1', 'design', 4), ('s1', 'code', NULL), ('s2', 'design', 2), ('s2', 'talk', 3),
      ('s3', 'design', 1), ('s3', 'talk', 1), ('s4', 'craft', 3), ('s5', 'craft', 1);`);
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
