import { LONGEST_INDEXED_PREFIX } from '../../db/migrations/018_longer_search_prefixes';
import { ASCII } from './snippet';

const MAX_TERMS = 16;
/** A term FTS5 reads as one token, the same one this file folds: ASCII letters and digits. */
const ASCII_WORD_TERM = /^[A-Za-z0-9]+$/;
const ASCII_WORD_CHAR = /[a-z0-9]/;

/**
 * The terms of user text as a search reads them: control and format characters (NUL, marks of
 * our own highlighting) are never words, quotes are removed, and terms with no letter or digit
 * are dropped because they would match nothing.
 */
export function searchTerms(text: string): string[] {
  return text
    .replace(/[\p{C}]/gu, ' ')
    .split(/\s+/)
    .map((t) => t.replace(/"/g, ''))
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .slice(0, MAX_TERMS);
}

/** Terms as an FTS5 query of prefixes: each quoted (so `1:1`, `AND`, `NEAR(` are text) and starred. */
export const prefixQuery = (terms: readonly string[]) => terms.map((t) => `"${t}"*`).join(' ');

export interface CutQuery {
  /** The query with every long term cut to the indexed length: it matches a superset. */
  match: string;
  /** The long terms, folded: a match holds each as the start of one of its words. */
  longTerms: string[];
}

/**
 * Where a term is longer than the indexed prefixes (migration 018), the query that reads its
 * first letters instead, which FTS5 answers from one list rather than by merging every word
 * that starts so. Only plain ASCII terms are cut: their folding here is exactly FTS5's. Null
 * when no term is cut.
 */
export function cutQuery(terms: readonly string[]): CutQuery | null {
  const long = (t: string) => t.length > LONGEST_INDEXED_PREFIX && ASCII_WORD_TERM.test(t);
  const longTerms = terms.filter(long).map((t) => t.toLowerCase());
  if (longTerms.length === 0) return null;
  return { match: prefixQuery(terms.map((t) => (long(t) ? t.slice(0, LONGEST_INDEXED_PREFIX) : t))), longTerms };
}

/** ASCII letters lowercased, every other character kept: the same length, so positions hold. */
const lowerAscii = (text: string) => text.replace(/[A-Z]+/g, (run) => run.toLowerCase());

/**
 * Where the prefix starts a word of the text for certain: after the start or an ASCII
 * character that is not a letter or digit (FTS5 splits there), written in ASCII letters
 * (which FTS5 folds only by case).
 */
function startsAsciiWord(lowered: string, prefix: string): boolean {
  for (let at = lowered.indexOf(prefix); at >= 0; at = lowered.indexOf(prefix, at + 1)) {
    if (at === 0) return true;
    const before = lowered.charCodeAt(at - 1);
    if (before < 128 && !ASCII_WORD_CHAR.test(lowered[at - 1]!)) return true;
  }
  return false;
}

/**
 * Whether a text matched by the cut query holds every long term as the start of a word, as
 * FTS5 would answer. On ASCII text the answer is exact: FTS5's unicode61 tokenizer splits it
 * at every character that is not a letter or digit and folds it by case alone. Elsewhere FTS5
 * folds letters this code cannot mirror exactly ("promotiön" is "promotion" to it, "promotⁱon"
 * is not), so only a term found written in ASCII at a word's start counts; anything else is
 * 'unsure', and the caller asks FTS5 itself rather than drop or add a match.
 */
export function holdsLongTerms(text: string, longTerms: readonly string[]): boolean | 'unsure' {
  const lowered = lowerAscii(text);
  if (longTerms.every((term) => startsAsciiWord(lowered, term))) return true;
  return ASCII.test(text) ? false : 'unsure';
}
