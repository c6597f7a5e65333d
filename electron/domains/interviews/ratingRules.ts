import {
  RECOMMENDATION_LABELS,
  type KitVersion,
  type Rating,
  type RatingInput,
  type Recommendation,
} from '#shared/interviews/model';
import { invalid } from '../../ipc/domainError';

/** The ratings must be exactly the kit's items, each once, in any order; returned in kit order. */
export function matchRatings(kit: KitVersion, ratings: RatingInput[]): Rating[] {
  const byKey = new Map<string, RatingInput>();
  ratings.forEach((r, i) => {
    if (!kit.items.some((item) => item.key === r.itemKey))
      throw invalid(`ratings.${i}.itemKey: not an item of this scorecard's kit.`, `ratings.${i}.itemKey`);
    if (byKey.has(r.itemKey)) throw invalid(`ratings.${i}.itemKey: rated twice.`, `ratings.${i}.itemKey`);
    byKey.set(r.itemKey, r);
  });
  return kit.items.map((item) => {
    const r = byKey.get(item.key);
    return { itemKey: item.key, score: r?.score ?? null, evidence: r?.evidence ?? '' };
  });
}

/** Competency ratings come before the overall one: no recommendation while any is missing. */
export function checkRecommendationOrder(
  kit: KitVersion,
  ratings: Rating[],
  recommendation: Recommendation | null,
): void {
  if (recommendation === null) return;
  const unrated = ratings.findIndex((r) => r.score === null);
  if (unrated >= 0) {
    throw invalid(
      `recommendation: rate every competency before the overall recommendation ("${kit.items[unrated]!.name}" has no score yet).`,
      'recommendation',
    );
  }
}

/** What submitting (or amending) needs: a score and evidence for every item, then a recommendation. */
export function checkComplete(kit: KitVersion, ratings: Rating[], recommendation: Recommendation | null): void {
  ratings.forEach((r, i) => {
    const name = kit.items[i]!.name;
    if (r.score === null) throw invalid(`ratings.${i}.score: score "${name}" before submitting.`, `ratings.${i}.score`);
    if (r.evidence.trim() === '')
      throw invalid(
        `ratings.${i}.evidence: write the evidence behind the "${name}" score before submitting.`,
        `ratings.${i}.evidence`,
      );
  });
  if (recommendation === null)
    throw invalid('recommendation: choose an overall recommendation before submitting.', 'recommendation');
}

/** Words for an amendment's record, e.g. "System design: 2 → 3; recommendation: No → Yes". */
export function describeChanges(
  kit: KitVersion,
  before: Rating[],
  after: Rating[],
  was: Recommendation | null,
  now: Recommendation,
): string {
  const parts: string[] = [];
  kit.items.forEach((item) => {
    const a = before.find((r) => r.itemKey === item.key);
    const b = after.find((r) => r.itemKey === item.key)!;
    if (a?.score !== b.score) parts.push(`${item.name}: ${a?.score ?? '–'} → ${b.score ?? '–'}`);
    else if ((a?.evidence ?? '') !== b.evidence) parts.push(`${item.name}: evidence edited`);
  });
  if (was !== now)
    parts.push(`recommendation: ${was ? RECOMMENDATION_LABELS[was] : '–'} → ${RECOMMENDATION_LABELS[now]}`);
  return parts.join('; ');
}
