import { formatList, formatNumber, pluralWord } from '../format';
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

/**
 * "2 strong matches, 1 good and 1 on common ground only": how a whole proposal matches,
 * strongest first; the word "match" goes with the first count only, as a person would say it.
 */
export function matchSummary(scores: readonly number[], options: { locale?: string } = {}): string {
  const strengths: MatchStrength[] = ['strong', 'good', 'common-ground'];
  const parts = strengths
    .map((strength) => ({ strength, n: scores.filter((s) => matchStrength(s) === strength).length }))
    .filter(({ n }) => n > 0)
    .map(({ strength, n }, i) => {
      const noun = i === 0 ? ` ${pluralWord(n, 'match', 'matches')}` : '';
      const count = formatNumber(n, options);
      if (strength === 'common-ground') return `${count}${noun} on common ground only`;
      return `${count} ${strength}${noun}`;
    });
  return formatList(parts, options);
}
