import { quoted } from '../format';
import type { FieldProblem } from '../rules/problem';
import type { KitVersion, Rating, RatingInput, Recommendation, ScorecardStatus } from './model';

/**
 * The rules of a scorecard, checked by the scorecard form before it asks and by the store
 * before it writes. Fields are the request's paths ("ratings.2.score"), which the form
 * also uses to place each message beside its item.
 */

/** The ratings must be the kit's items, each at most once. */
export function ratingKeyProblems(kit: KitVersion, ratings: readonly RatingInput[]): FieldProblem[] {
  const seen = new Set<string>();
  for (const [i, r] of ratings.entries()) {
    const field = `ratings.${i}.itemKey`;
    if (!kit.items.some((item) => item.key === r.itemKey))
      return [{ field, message: "This is not an item of this scorecard's kit: choose one of its items." }];
    if (seen.has(r.itemKey)) return [{ field, message: 'This item is rated twice: keep one score.' }];
    seen.add(r.itemKey);
  }
  return [];
}

/** Competency ratings come before the overall one: no recommendation while any is missing. */
export function recommendationOrderProblems(
  kit: KitVersion,
  ratings: readonly Rating[],
  recommendation: Recommendation | null,
): FieldProblem[] {
  if (recommendation === null) return [];
  const unrated = ratings.findIndex((r) => r.score === null);
  if (unrated < 0) return [];
  const name = kit.items[unrated]!.name;
  return [
    {
      field: 'recommendation',
      message: `Rate every competency before the overall recommendation (${quoted(name)} has no score yet).`,
    },
  ];
}

/** What submitting (or amending) needs: a score and evidence for every item, then a recommendation. */
export function completenessProblems(
  kit: KitVersion,
  ratings: readonly Rating[],
  recommendation: Recommendation | null,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  ratings.forEach((r, i) => {
    const name = kit.items[i]!.name;
    if (r.score === null)
      problems.push({ field: `ratings.${i}.score`, message: `Score ${quoted(name)} before submitting.` });
    else if (r.evidence.trim() === '')
      problems.push({
        field: `ratings.${i}.evidence`,
        message: `Write the evidence behind the ${quoted(name)} score before submitting.`,
      });
  });
  if (recommendation === null)
    problems.push({ field: 'recommendation', message: 'Choose an overall recommendation before submitting.' });
  return problems;
}

/** A submitted scorecard is locked: it changes only through an amendment, which needs one submitted. */
export function scorecardChangeProblems(status: ScorecardStatus, change: 'save' | 'amend'): FieldProblem[] {
  if (change === 'save' && status === 'submitted')
    return [
      { field: 'status', message: 'A submitted scorecard is locked; amend it with a reason instead.', conflict: true },
    ];
  if (change === 'amend' && status !== 'submitted')
    return [
      { field: 'status', message: 'Only a submitted scorecard is amended; save the draft instead.', conflict: true },
    ];
  return [];
}
