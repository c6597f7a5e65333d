import { ladderOfAssessment, type Assessment, type AssessmentRecord } from './assessment';
import { RATINGS, type Rating } from './model';

export interface ComparisonRow {
  competencyId: string;
  name: string;
  before: Rating | null;
  after: Rating | null;
  change: 'up' | 'down' | 'same' | 'new' | 'gone';
}

const rank = (r: Rating) => RATINGS.indexOf(r);

/** Competency by competency, how the rating moved from snapshot `a` to snapshot `b`. */
export function compareAssessments(
  a: Assessment | AssessmentRecord,
  b: Assessment | AssessmentRecord,
): ComparisonRow[] {
  const before = new Map(a.ratings.map((r) => [r.competencyId, r.rating]));
  const after = new Map(b.ratings.map((r) => [r.competencyId, r.rating]));
  const ids = [...new Set([...b.ratings.map((r) => r.competencyId), ...a.ratings.map((r) => r.competencyId)])];
  const names = new Map(
    [...ladderOfAssessment(a).competencies, ...ladderOfAssessment(b).competencies].map((c) => [c.id, c.name]),
  );
  const nameOf = (id: string) => names.get(id) ?? id;
  return ids.map((id) => {
    const x = before.get(id) ?? null;
    const y = after.get(id) ?? null;
    const change =
      x === null ? 'new' : y === null ? 'gone' : rank(y) > rank(x) ? 'up' : rank(y) < rank(x) ? 'down' : 'same';
    return { competencyId: id, name: nameOf(id), before: x, after: y, change };
  });
}
