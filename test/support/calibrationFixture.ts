import type { Db } from '#electron/db/open';

const kit = (items: [string, string][]) =>
  JSON.stringify({ items: items.map(([key, name]) => ({ key, name })), questions: [], timePlan: [] });

/**
 * The interview rows the calibration migration tests (022–024) start from, written into a
 * store at the version before theirs: two roles, one kit each (the first with two versions),
 * cards submitted with and without a missing score, a draft, and one submitted with no ratings.
 */
export function writeCalibrationFixture(db: Db): void {
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
}
