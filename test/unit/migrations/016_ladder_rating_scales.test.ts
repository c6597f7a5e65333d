import { expect, it } from 'vitest';
import { asReadable, asWritable } from '#electron/db/access';
import { ladderRatingScalesMigration } from '#electron/db/migrations/016_ladder_rating_scales';
import { closeDatabase } from '#electron/db/open';
import { findAssessment, listAssessments } from '#electron/domains/ladders/assessmentQueries';
import { builtInLadder } from '#electron/domains/ladders/builtIn';
import { assessmentView } from '#shared/ladders/assessment';
import { readiness } from '#shared/ladders/readiness';
import { insertAda, migrationStore } from '../../support/migrationStore';

const version = ladderRatingScalesMigration.version;
const store = migrationStore(version);

it('016 keeps every rating of an old store and its meaning; a rating becomes any step id of its scale', () => {
  const old = store.openBefore();
  // A ladder as stored before scales: no `scale` in its document.
  const doc = builtInLadder('engineering')!;
  expect(doc).not.toHaveProperty('scale');
  insertAda(old);
  old.exec(
    `INSERT INTO ladders (id, name, current_version_id, created_at, updated_at) VALUES ('l1', 'Eng', 'v1', 'x', 'x');`,
  );
  old
    .prepare("INSERT INTO ladder_versions (id, ladder_id, number, doc, created_at) VALUES ('v1', 'l1', 1, ?, 'x')")
    .run(JSON.stringify(doc));
  old.exec(`
    INSERT INTO assessments (id, person_id, ladder_version_id, level_id, assessed_on, created_at, updated_at)
      VALUES ('a1', 'p1', 'v1', 'e2', '2026-03-01', 'c', 'u');
    INSERT INTO assessment_ratings (assessment_id, competency_id, rating, note)
      VALUES ('a1', 'code', 'exceeding', 'Great reviews'), ('a1', 'design', 'meeting', ''), ('a1', 'growing', 'working_towards', '');
  `);
  // The old table refused anything but the three fixed ratings.
  expect(() => old.prepare("INSERT INTO assessment_ratings VALUES ('a1', 'ops', 'role-model', '')").run()).toThrow(
    /CHECK/,
  );
  closeDatabase(old);

  const db = store.openMigrated();
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  const a = findAssessment(asReadable(db), 'a1')!;
  expect(a.ratings).toEqual([
    { competencyId: 'code', rating: 'exceeding', note: 'Great reviews' },
    { competencyId: 'design', rating: 'meeting', note: '' },
    { competencyId: 'growing', rating: 'working_towards', note: '' },
  ]);
  // Read on the standard scale, the same words and the same gaps and strengths as before.
  const r = readiness(assessmentView(a));
  expect(r.items.filter((i) => i.rating).map((i) => [i.name, i.ratingName])).toEqual([
    ['Code and quality', 'Exceeding'],
    ['System design', 'Meeting'],
    ['Growing others', 'Working towards'],
  ]);
  expect(r.strengths.map((i) => i.competencyId)).toEqual(['code']);
  expect(r.gaps.map((i) => i.competencyId)).toEqual(['growing']);
  expect(listAssessments(asReadable(db), 'p1')[0]!.counts.map((c) => [c.step.id, c.count])).toEqual([
    ['working_towards', 1],
    ['meeting', 1],
    ['exceeding', 1],
  ]);

  // Any step id of a ladder's own scale can now be stored; an empty one still cannot.
  const w = asWritable(db);
  w.prepare("INSERT INTO assessment_ratings VALUES ('a1', 'ops', 'role-model', '')").run();
  expect(() => w.prepare("INSERT INTO assessment_ratings VALUES ('a1', 'x', '', '')").run()).toThrow(/CHECK/);
  // The rebuilt table still belongs to its assessment: erasing the person takes the ratings.
  w.prepare("DELETE FROM people WHERE id = 'p1'").run();
  expect(db.prepare('SELECT count(*) FROM assessment_ratings').pluck().get()).toBe(0);
  closeDatabase(db);
});
