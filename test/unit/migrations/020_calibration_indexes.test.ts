import { expect, it } from 'vitest';
import { calibrationIndexesMigration } from '#electron/db/migrations/020_calibration_indexes';
import { asReadable } from '#electron/db/access';
import { closeDatabase } from '#electron/db/open';
import { migrationStore } from '../../support/migrationStore';
import { cardsFromInlineRows, type InlineCardRow } from '../../support/packedCalibrationRows';

const version = calibrationIndexesMigration.version;

/**
 * Calibration's read as 020 served it (calibration_cards, migration 022, replaced it): every
 * submitted card with its ratings packed by a GROUP BY, through the two indexes.
 */
const READ_020 = `SELECT s.candidate_id || '/' || s.kit_id, s.kit_version_id, s.interviewer_id, s.submitted_at, s.recommendation,
    json_group_array(r.item_key), group_concat(coalesce(r.score, 0), '')
  FROM scorecards s INDEXED BY scorecards_submitted
  JOIN scorecard_ratings r INDEXED BY scorecard_ratings_scores ON r.scorecard_id = s.id
  WHERE s.status = 'submitted'
  GROUP BY s.id`;
const store = migrationStore(version);

const KIT = JSON.stringify({
  items: [
    { key: 'design', name: 'System design' },
    { key: 'code', name: 'Coding' },
  ],
  questions: [],
  timePlan: [],
});

it('020 indexes existing submitted scorecards and their scores: calibration reads both indexes alone, drafts left out', () => {
  const db = store.openBefore();
  db.exec(`
    INSERT INTO interview_roles (id, title, created_at) VALUES ('r1', 'Engineer', 'x');
    INSERT INTO interview_kits (id, role_id, created_at) VALUES ('k1', 'r1', 'x');
    INSERT INTO interview_kit_versions (id, kit_id, version, stage, kind, content, created_at)
      VALUES ('v1', 'k1', 1, 'Onsite', 'interview', '${KIT}', 'x');
    INSERT INTO interviewers (id, name, created_at) VALUES ('ann', 'Ann', 'x'), ('bob', 'Bob', 'x');
    INSERT INTO candidates (id, role_id, name, stage, alias, created_at) VALUES ('c1', 'r1', 'Cam', 'Onsite', 'A1', 'x');
    INSERT INTO scorecards (id, candidate_id, kit_id, kit_version_id, interviewer_id, source, status, recommendation, submitted_at, created_at, updated_at) VALUES
      ('s-ann', 'c1', 'k1', 'v1', 'ann', 'own', 'submitted', 'yes', '2026-01-02T10:00:00Z', 'x', 'x'),
      ('s-bob', 'c1', 'k1', 'v1', 'bob', 'entered', 'draft', NULL, NULL, 'x', 'x');
    INSERT INTO scorecard_ratings (scorecard_id, item_key, score) VALUES
      ('s-ann', 'design', 4), ('s-ann', 'code', NULL), ('s-bob', 'design', 2), ('s-bob', 'code', 3);`);
  closeDatabase(db);

  const migrated = store.openMigrated();
  expect(migrated.pragma('user_version', { simple: true })).toBe(version);
  const plan = (migrated.prepare(`EXPLAIN QUERY PLAN ${READ_020}`).all() as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');
  // Every card and rating from the indexes, in card order: no table row read, nothing sorted.
  expect(plan).toContain('SCAN s USING COVERING INDEX scorecards_submitted');
  expect(plan).toContain('SEARCH r USING COVERING INDEX scorecard_ratings_scores (scorecard_id=?)');
  expect(plan).not.toContain('TEMP B-TREE');
  const cards = () =>
    cardsFromInlineRows(asReadable(migrated), migrated.prepare(READ_020).raw().all() as InlineCardRow[]);
  expect(cards()).toEqual([
    {
      panelKey: 'c1/k1',
      interviewerId: 'ann',
      interviewerName: 'Ann',
      submittedAt: '2026-01-02T10:00:00Z',
      recommendation: 'yes',
      ratings: [
        { competency: 'Coding', score: null },
        { competency: 'System design', score: 4 },
      ],
    },
  ]);
  // Submitting the draft brings it into the index; a changed score is read from it.
  migrated
    .prepare("UPDATE scorecards SET status = 'submitted', recommendation = 'no', submitted_at = ? WHERE id = 's-bob'")
    .run('2026-01-03T10:00:00Z');
  migrated.prepare("UPDATE scorecard_ratings SET score = 1 WHERE scorecard_id = 's-bob' AND item_key = 'code'").run();
  expect(cards().map((c) => [c.interviewerName, c.ratings.map((r) => r.score)])).toEqual([
    ['Ann', [null, 4]],
    ['Bob', [1, 2]],
  ]);
  closeDatabase(migrated);
});
