import { formatList, plural } from '../format';
import { GAP_POINTS } from './matching';

/**
 * How well a pair matches, in a manager's words instead of points. The points come from the
 * signals in matching.ts: GAP_POINTS (5) for each assessed gap the mentor exceeds on, 3 for
 * each declared strength in what the mentee wants to grow, 1 for each shared interest.
 */
export type MatchStrength = 'strong' | 'good' | 'common-ground';

/** Points of one declared strength in what the mentee wants to grow (strengthSignal). */
const STRENGTH_POINTS = 3;

export function matchStrength(score: number): MatchStrength {
  // An assessed gap the mentor exceeds on, or more than one wanted strength: strong.
  if (score >= GAP_POINTS) return 'strong';
  // One wanted strength (with perhaps a shared interest): good.
  if (score >= STRENGTH_POINTS) return 'good';
  return 'common-ground';
}

export const MATCH_STRENGTH_LABELS: Record<MatchStrength, string> = {
  strong: 'Strong',
  good: 'Good',
  'common-ground': 'Common ground',
};

/** What each strength means, for the legend beside a list of matches. */
export const MATCH_STRENGTH_MEANINGS: Record<MatchStrength, string> = {
  strong:
    'the mentor is assessed as exceeding where the mentee is working towards, or is strong in several things they want to grow',
  good: 'the mentor is strong in one thing the mentee wants to grow',
  'common-ground': 'they share interests only',
};

/** "2 strong matches and 1 good": how a whole proposal matches, strongest first. */
export function matchSummary(scores: readonly number[], options: { locale?: string } = {}): string {
  const count = (strength: MatchStrength) => scores.filter((s) => matchStrength(s) === strength).length;
  const strong = count('strong');
  const good = count('good');
  const common = count('common-ground');
  const parts = [
    strong ? plural(strong, 'strong match', 'strong matches', options) : null,
    good ? plural(good, 'good', 'good', options) : null,
    common ? plural(common, 'on common ground only', 'on common ground only', options) : null,
  ].filter((p): p is string => p !== null);
  return formatList(parts, options);
}
