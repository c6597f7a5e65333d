import {
  RECOMMENDATION_LABELS,
  type KitVersion,
  type Rating,
  type RatingInput,
  type Recommendation,
} from '#shared/interviews/model';
import {
  completenessProblems,
  ratingKeyProblems,
  recommendationOrderProblems,
} from '#shared/interviews/scorecardRules';
import { refuse } from '../../ipc/domainError';

/** The ratings must be exactly the kit's items, each once, in any order; returned in kit order. */
export function matchRatings(kit: KitVersion, ratings: RatingInput[]): Rating[] {
  refuse(ratingKeyProblems(kit, ratings));
  const byKey = new Map(ratings.map((r) => [r.itemKey, r]));
  return kit.items.map((item) => {
    const r = byKey.get(item.key);
    return { itemKey: item.key, score: r?.score ?? null, evidence: r?.evidence ?? '' };
  });
}

export function checkRecommendationOrder(
  kit: KitVersion,
  ratings: Rating[],
  recommendation: Recommendation | null,
): void {
  refuse(recommendationOrderProblems(kit, ratings, recommendation));
}

export function checkComplete(kit: KitVersion, ratings: Rating[], recommendation: Recommendation | null): void {
  refuse(completenessProblems(kit, ratings, recommendation));
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
