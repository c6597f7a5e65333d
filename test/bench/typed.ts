import { SEARCH_QUERIES } from './words';

/**
 * What a manager types into the palette or notes search: the searches the other cases run, then
 * more. Kept out of words.ts, which the generated stores depend on (generator/cache.ts), so
 * adding a typed text does not regenerate them.
 */
const TYPED = [
  ...SEARCH_QUERIES,
  'team',
  'feedback',
  'career growth',
  'hiring plan',
  'security audit',
  'parental leave',
  'kubernetes',
  'salary',
  'the release',
  'ada',
  'okafor',
  'quarterly objective',
  'performance review',
  'migration plan',
  'one on one agenda',
  'wellbeing',
];

/**
 * Every prefix of each typed text, one letter to the whole (a trailing space adds nothing):
 * a few hundred searches, from "p" (nearly everything matches) to whole words.
 */
export const TYPED_PREFIXES = [
  ...new Set(TYPED.flatMap((text) => Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1).trim()))),
];
