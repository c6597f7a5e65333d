import { expect, it } from 'vitest';
import { calibrationLayoutsMigration } from '#electron/db/migrations/023_calibration_layouts';
import { asReadable } from '#electron/db/access';
import { closeDatabase, type Db } from '#electron/db/open';
import { calibrationCardsSql } from '#electron/domains/interviews/calibrationCards';
import { calibrationCards } from '../../support/calibrationReference';
import { calibrationCardsFromRatings } from '../../support/calibrationFromRatings';
import { migrationStore } from '../../support/migrationStore';

const version = calibrationLayoutsMigration.version;
const store = migrationStore(version);

const kit = (items: [string, string][]) =>
  JSON.stringify({ items: items.map(([key, name]) => ({ key, name })), questions: [], timePlan: [] });

/** A user's store before 023 (022's rows written by its triggers): two roles, cards submitted, a draft, one submitted with no ratings. */
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
