import { expect, it } from 'vitest';
import { evidenceLogMigration } from '#electron/db/migrations/013_evidence_log';
import { closeDatabase } from '#electron/db/open';
import { insertAda, migrationStore } from '../../support/migrationStore';

const version = evidenceLogMigration.version;
const store = migrationStore(version);

it('013 copies the evidence assessments already hold into the log, with its competencies, searchable', () => {
  const db = store.openBefore();
  insertAda(db);
  db.exec(`
    INSERT INTO ladders (id, name, created_at, updated_at) VALUES ('l1', 'Eng', 'x', 'x');
    INSERT INTO ladder_versions (id, ladder_id, number, doc, created_at) VALUES ('v1', 'l1', 1, '{}', 'x');
    INSERT INTO assessments (id, person_id, ladder_version_id, level_id, assessed_on, created_at, updated_at)
      VALUES ('a1', 'p1', 'v1', 'e2', '2026-03-01', 'c', 'u');
    INSERT INTO assessment_evidence (id, assessment_id, person_id, position, text, seen_on, meeting_id, meeting_label)
      VALUES ('e1', 'a1', 'p1', 0, 'Ran the quokka migration', '2026-02-10', 'm9', '1:1 of 10 Feb'),
             ('e2', 'a1', 'p1', 1, 'Mentored two new joiners', NULL, NULL, '');
    INSERT INTO evidence_competencies (evidence_id, competency_id) VALUES ('e1', 'design'), ('e1', 'operations'), ('e2', 'growing');
  `);
  closeDatabase(db);

  const migrated = store.openMigrated();
  expect(migrated.pragma('user_version', { simple: true })).toBe(version);
  expect(
    migrated
      .prepare(
        'SELECT id, seen_on, source_kind, source_id, source_on, source_label, private FROM evidence_entries ORDER BY seq',
      )
      .all(),
  ).toEqual([
    {
      id: 'e1',
      seen_on: '2026-02-10',
      source_kind: 'assessment',
      source_id: 'a1',
      source_on: '2026-03-01',
      source_label: '1:1 of 10 Feb',
      private: 0,
    },
    // No date of its own: the assessment's.
    {
      id: 'e2',
      seen_on: '2026-03-01',
      source_kind: 'assessment',
      source_id: 'a1',
      source_on: '2026-03-01',
      source_label: '',
      private: 0,
    },
  ]);
  expect(migrated.prepare('SELECT tag FROM evidence_tags ORDER BY tag').pluck().all()).toEqual([
    'design',
    'growing',
    'operations',
  ]);
  // The assessment keeps its own evidence.
  expect(migrated.prepare('SELECT count(*) FROM assessment_evidence').pluck().get()).toBe(2);
  const hits = (word: string) =>
    migrated.prepare('SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?').pluck().all(`"${word}"`);
  expect(hits('quokka')).toHaveLength(1);
  migrated.prepare("UPDATE evidence_entries SET happened = 'Ran the wombat migration' WHERE id = 'e1'").run();
  expect(hits('quokka')).toHaveLength(0);
  expect(hits('wombat')).toHaveLength(1);
  migrated.prepare("INSERT INTO evidence_fts (evidence_fts, rank) VALUES ('integrity-check', 1)").run();
  // A private passage can never be stored as public.
  expect(() =>
    migrated
      .prepare(
        `INSERT INTO evidence_entries (id, person_id, happened, seen_on, source_kind, source_private, private, created_at, updated_at)
         VALUES ('e3', 'p1', 'x', '2026-03-02', 'one_on_one', 1, 0, 'x', 'x')`,
      )
      .run(),
  ).toThrow(/CHECK/);
  // Erase: the cascade takes entries, tags and indexed words.
  migrated.prepare("DELETE FROM people WHERE id = 'p1'").run();
  expect(migrated.prepare('SELECT count(*) FROM evidence_tags').pluck().get()).toBe(0);
  expect(hits('wombat')).toHaveLength(0);
  closeDatabase(migrated);
});
