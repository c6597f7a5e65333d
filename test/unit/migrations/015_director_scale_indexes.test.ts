import { expect, it } from 'vitest';
import { directorScaleIndexesMigration } from '#electron/db/migrations/015_director_scale_indexes';
import { closeDatabase } from '#electron/db/open';
import { insertAda, migrationStore } from '../../support/migrationStore';

const version = directorScaleIndexesMigration.version;
const store = migrationStore(version);

it('015 indexes existing scorecards by interviewer and status: drafts are one seek', () => {
  const db = store.openBefore();
  db.exec(`
    INSERT INTO interview_roles (id, title, created_at) VALUES ('r1', 'Engineer', 'x');
    INSERT INTO interview_kits (id, role_id, created_at) VALUES ('k1', 'r1', 'x');
    INSERT INTO interview_kit_versions (id, kit_id, version, stage, kind, content, created_at)
      VALUES ('v1', 'k1', 1, 'Onsite', 'interview', '{}', 'x');
    INSERT INTO interviewers (id, name, created_at) VALUES ('me', 'Me', 'x'), ('other', 'Other', 'x');
    INSERT INTO candidates (id, role_id, name, stage, alias, created_at) VALUES
      ('c1', 'r1', 'Cam', 'Onsite', 'A1', 'x'), ('c2', 'r1', 'Dee', 'Onsite', 'A2', 'x'), ('c3', 'r1', 'Eve', 'Onsite', 'A3', 'x');
    INSERT INTO scorecards (id, candidate_id, kit_id, kit_version_id, interviewer_id, source, status, created_at, updated_at) VALUES
      ('draft', 'c1', 'k1', 'v1', 'me', 'own', 'draft', '2026-01-02', 'x'),
      ('sent', 'c2', 'k1', 'v1', 'me', 'own', 'submitted', '2026-01-01', 'x'),
      ('theirs', 'c3', 'k1', 'v1', 'other', 'entered', 'draft', '2026-01-01', 'x');`);
  closeDatabase(db);

  const migrated = store.openMigrated();
  expect(migrated.pragma('user_version', { simple: true })).toBe(version);
  const drafts = (who: string) =>
    migrated
      .prepare(
        "SELECT id FROM scorecards INDEXED BY scorecards_interviewer_status WHERE interviewer_id = ? AND status = 'draft'",
      )
      .pluck()
      .all(who);
  expect(drafts('me')).toEqual(['draft']);
  // Home's own query reads the drafts through it, not every scorecard of the interviewer.
  const plan = migrated
    .prepare("EXPLAIN QUERY PLAN SELECT id FROM scorecards WHERE interviewer_id = 'me' AND status = 'draft'")
    .all()
    .map((r) => (r as { detail: string }).detail);
  expect(plan.join('\n')).toContain('scorecards_interviewer_status (interviewer_id=? AND status=?)');
  expect(
    migrated.prepare("SELECT name FROM sqlite_master WHERE name = 'scorecards_interviewer'").get(),
  ).toBeUndefined();
  // Submitting moves it out of the drafts; an interviewer's erase still finds their scorecards.
  migrated.prepare("UPDATE scorecards SET status = 'submitted' WHERE id = 'draft'").run();
  expect(drafts('me')).toEqual([]);
  migrated.prepare("DELETE FROM interviewers WHERE id = 'other'").run();
  expect(drafts('other')).toEqual([]);
  expect(migrated.prepare('SELECT count(*) FROM scorecards').pluck().get()).toBe(2);
  closeDatabase(migrated);
});

it('015 indexes existing evidence tags by person, tag and day with their entry', () => {
  const file = store.fileNamed('e.sqlite');
  const db = store.openBefore(file);
  insertAda(db);
  db.exec(`
    INSERT INTO evidence_entries (seq, id, person_id, happened, seen_on, source_kind, created_at, updated_at) VALUES
      (1, 'e1', 'p1', 'Led the incident review', '2026-01-05', 'direct', 'x', 'x'),
      (2, 'e2', 'p1', 'Mentored a new hire', '2026-02-01', 'direct', 'x', 'x'),
      (3, 'e3', 'p1', 'Wrote the rollout plan', '2026-03-01', 'direct', 'x', 'x');
    INSERT INTO evidence_tags (entry_seq, person_id, tag, seen_on) VALUES
      (1, 'p1', 'delivery', '2026-01-05'), (2, 'p1', 'mentoring', '2026-02-01'), (3, 'p1', 'delivery', '2026-03-01');`);
  closeDatabase(db);

  const migrated = store.openMigrated(file);
  const timeline = () =>
    migrated
      .prepare(
        `SELECT t.entry_seq FROM evidence_tags t INDEXED BY evidence_tags_person_tag
          WHERE t.person_id = 'p1' AND t.tag = 'delivery' ORDER BY t.seen_on DESC, t.entry_seq DESC`,
      )
      .pluck()
      .all();
  expect(timeline()).toEqual([3, 1]);
  expect(migrated.prepare("SELECT name FROM sqlite_master WHERE name = 'evidence_tags_person'").get()).toBeUndefined();
  // Erasing the person leaves nothing in it.
  migrated.prepare("DELETE FROM people WHERE id = 'p1'").run();
  expect(timeline()).toEqual([]);
  closeDatabase(migrated);
});
