import { barOf, scaleOf } from '#shared/ladders/scale';
import type { AssessedCompetency, LatestAssessment } from '#shared/mentoring/matching';
import type { ReadableDB } from '../../db/access';
import { findAssessment } from '../ladders/assessmentQueries';

/**
 * Matching reads a rating by where it stands against the level's bar (below: a gap; above: a
 * strength), whatever scale the ladder rates on; the standard scale's steps name those places.
 */
const BY_BAR = { below: 'working_towards', meets: 'meeting', above: 'exceeding' } as const satisfies Record<
  string,
  AssessedCompetency['rating']
>;

/**
 * A person's most recent assessment (latest date, then latest made) reduced to what matching
 * needs: each rating with the competency's name in the ladder version it was made against.
 * The ladders domain owns the data; mentoring only reads it here.
 */
export function latestAssessment(db: ReadableDB, personId: string): LatestAssessment | null {
  const id = db
    .prepare('SELECT id FROM assessments WHERE person_id = ? ORDER BY assessed_on DESC, created_at DESC LIMIT 1')
    .pluck()
    .get(personId) as string | undefined;
  const assessment = id ? findAssessment(db, id) : undefined;
  if (!assessment) return null;
  const names = new Map(assessment.doc.competencies.map((c) => [c.id, c.name]));
  const scale = scaleOf(assessment.doc);
  return {
    ladderId: assessment.ladderId,
    assessedOn: assessment.assessedOn,
    ratings: assessment.ratings.map((r) => ({
      competencyId: r.competencyId,
      name: names.get(r.competencyId) ?? r.competencyId,
      rating: BY_BAR[barOf(scale, r.rating)],
    })),
  };
}
