import { expect, it } from 'vitest';
import { calibrationTriggersMigration } from '#electron/db/migrations/024_calibration_triggers';
import { asReadable } from '#electron/db/access';
import { closeDatabase, type Db } from '#electron/db/open';
import { calibrationCards } from '../../support/calibrationReference';
import { calibrationCardsFromRatings } from '../../support/calibrationFromRatings';
import { migrationStore } from '../../support/migrationStore';

const version = calibrationTriggersMigration.version;
const store = migrationStore(version);

const kit = (items: [string, string][]) =>
  JSON.stringify({ items: items.map(([key, name]) => ({ key, name })), questions: [], timePlan: [] });

/** A user's store before 024 (023's rows written by its triggers): two roles, cards submitted, a draft, one submitted with no ratings. */
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
