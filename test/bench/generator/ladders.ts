import type { LadderDoc } from '#shared/ladders/model';
import { sentence } from '../words';
import type { GenContext, GeneratorPart } from './types';

const LEVELS = [
  'Engineer 1',
  'Engineer 2',
  'Senior engineer',
  'Staff engineer',
  'Senior staff engineer',
  'Principal engineer',
];
const RATINGS = ['working_towards', 'meeting', 'meeting', 'meeting', 'exceeding'];
const DAY = 86_400_000;

/** One ladder with `scale.competencies` competencies (ten to an area) and an expectation in every cell. */
function ladderDoc(ctx: GenContext): LadderDoc {
  const areaCount = Math.max(1, Math.ceil(ctx.scale.competencies / 10));
  const areas = Array.from({ length: areaCount }, (_, a) => ({
    id: `area-${a + 1}`,
    name: `Area ${a + 1}`,
    description: sentence(ctx.rng, 8),
  }));
  const competencies = Array.from({ length: ctx.scale.competencies }, (_, c) => ({
    id: `c${c + 1}`,
    area: `area-${(c % areaCount) + 1}`,
    name: `Competency ${c + 1}`,
    description: sentence(ctx.rng, 10),
  }));
  const levels = LEVELS.map((name, l) => ({ id: `l${l + 1}`, name, track: 'ic' }));
  const expectations = competencies.flatMap((c) =>
    levels.map((l) => ({ competency: c.id, level: l.id, text: sentence(ctx.rng, 18), examples: [] })),
  );
  return {
    name: 'Engineering ladder',
    description: '',
    tracks: [{ id: 'ic', name: 'Individual contributor' }],
    levels,
    areas,
    competencies,
    expectations,
  };
}

/** Assessments of every competency (two a year for one manager's team), three goals a year with check-ins, for ten years. */
export const laddersPart: GeneratorPart = {
  name: 'ladders',
  run(ctx) {
    const { db, rng } = ctx;
    const stamp = '2026-01-01T00:00:00.000Z';
    const doc = ladderDoc(ctx);
    const ladderId = rng.uuid();
    const versionId = rng.uuid();
    db.prepare(
      'INSERT INTO ladders (id, name, source, current_version_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(ladderId, doc.name, 'generated', versionId, stamp, stamp);
    db.prepare('INSERT INTO ladder_versions (id, ladder_id, number, doc, created_at) VALUES (?, ?, 1, ?, ?)').run(
      versionId,
      ladderId,
      JSON.stringify(doc),
      stamp,
    );
    const place = db.prepare("UPDATE people SET ladder_id = ?, track = 'ic', level = ? WHERE id = ?");
    const assessment = db.prepare(
      'INSERT INTO assessments (id, person_id, ladder_version_id, level_id, assessed_on, summary, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const rating = db.prepare(
      'INSERT INTO assessment_ratings (assessment_id, competency_id, rating, note) VALUES (?, ?, ?, ?)',
    );
    const evidence = db.prepare(
      "INSERT INTO assessment_evidence (id, assessment_id, person_id, position, text, seen_on, meeting_id, meeting_label) VALUES (?, ?, ?, ?, ?, ?, NULL, '')",
    );
    const evidenceLink = db.prepare('INSERT INTO evidence_competencies (evidence_id, competency_id) VALUES (?, ?)');
    const goal = db.prepare(
      `INSERT INTO goals (id, person_id, title, why, ladder_id, target_level, competency_ids, success_criteria, due_date, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, '', ?, '', ?, ?, ?, ?)`,
    );
    const checkIn = db.prepare(
      'INSERT INTO goal_checkins (id, goal_id, person_id, checked_on, note, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const counts = {
      competencies: doc.competencies.length,
      assessments: 0,
      ratings: 0,
      evidence: 0,
      goals: 0,
      checkIns: 0,
    };
    const years = Math.max(1, Math.round((ctx.scale.meetingsPerPerson * 7) / 365));
    const start = ctx.now.getTime() - years * 365 * DAY;
    for (const personId of ctx.personIds) {
      const level = doc.levels[rng.int(doc.levels.length)]!.id;
      place.run(ladderId, level, personId);
      const assessments = Math.max(1, Math.round(years * ctx.scale.assessmentsPerYear));
      const every = Math.floor((years * 365) / assessments);
      for (let n = 0; n < assessments; n++) {
        const id = rng.uuid();
        const on = new Date(start + n * every * DAY).toISOString().slice(0, 10);
        assessment.run(id, personId, versionId, level, on, sentence(rng, 20), stamp, stamp);
        counts.assessments++;
        for (const c of doc.competencies) {
          rating.run(id, c.id, rng.pick(RATINGS), rng.chance(0.1) ? sentence(rng, 10) : '');
          counts.ratings++;
        }
        for (let e = 0; e < 3; e++) {
          const eid = rng.uuid();
          evidence.run(eid, id, personId, e + 1, sentence(rng, 16), on);
          evidenceLink.run(eid, rng.pick(doc.competencies).id);
          counts.evidence++;
        }
      }
      for (let g = 0; g < years * 3; g++) {
        const id = rng.uuid();
        const due = new Date(start + g * 122 * DAY).toISOString().slice(0, 10);
        const status =
          due < ctx.now.toISOString().slice(0, 10) ? rng.pick(['achieved', 'achieved', 'dropped']) : 'active';
        goal.run(
          id,
          personId,
          sentence(rng, 6).slice(0, 200),
          sentence(rng, 12),
          ladderId,
          JSON.stringify([rng.pick(doc.competencies).id]),
          due,
          status,
          stamp,
          stamp,
        );
        counts.goals++;
        for (let k = 0; k < 2; k++) {
          checkIn.run(rng.uuid(), id, personId, due, sentence(rng, 10), stamp);
          counts.checkIns++;
        }
      }
    }
    return counts;
  },
};
