import type { LatestAssessment } from '#shared/mentoring/matching';
import type { ReadableDB } from '../../db/access';
import { findAssessment } from '../ladders/assessmentQueries';

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
  return {
    ladderId: assessment.ladderId,
    assessedOn: assessment.assessedOn,
    ratings: assessment.ratings.map((r) => ({
      competencyId: r.competencyId,
      name: names.get(r.competencyId) ?? r.competencyId,
      rating: r.rating,
    })),
  };
}
