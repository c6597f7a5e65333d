import { isAsciiWordChar, lowerCode, startsAt } from './asciiWords';
import { foldText, WORD } from './snippet';

/** What ranking reads of one candidate's text. */
export interface TextStats {
  /** How many words start with each prefix. */
  tf: number[];
  /** How many words the text has. */
  length: number;
  /** Whether the text is plain ASCII, where these counts are exactly FTS5's reading of it. */
  ascii: boolean;
}

const FIRST_NON_ASCII = 128;

/**
 * Plain ASCII (most notes) is walked once, by character code: no ASCII test of the whole text
 * first, no lowercased copy, no match object for each word (a regular expression there cost
 * half a search). The first character past ASCII hands the text to the Unicode path.
 */
function asciiStats(text: string, prefixes: readonly string[]): TextStats | null {
  const tf = prefixes.map(() => 0);
  let length = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FIRST_NON_ASCII) return null;
    const wordChar = isAsciiWordChar(lowerCode(code));
    if (wordChar && !inWord) {
      length++;
      // A folded prefix is letters and digits alone: where it matches, it is within this word.
      for (let k = 0; k < prefixes.length; k++) if (startsAt(text, i, prefixes[k]!)) tf[k]!++;
    }
    inWord = wordChar;
  }
  return { tf, length, ascii: true };
}

function unicodeStats(text: string, prefixes: readonly string[]): TextStats {
  const tf = prefixes.map(() => 0);
  let length = 0;
  for (const m of foldText(text).matchAll(WORD)) {
    length++;
    for (let k = 0; k < prefixes.length; k++) if (m[0].startsWith(prefixes[k]!)) tf[k]!++;
  }
  return { tf, length, ascii: false };
}

/** The words of a text and how many start with each of the query's (folded) prefixes. */
export const textStats = (text: string, prefixes: readonly string[]): TextStats =>
  asciiStats(text, prefixes) ?? unicodeStats(text, prefixes);

/** BM25's usual constants: how fast repeats stop counting, and how much length matters. */
const K1 = 1.2;
const B = 0.75;

/**
 * BM25 of each candidate from its stats (textStats), each term matched as a prefix ("promo"
 * counts "promotion"), as FTS5 matched it. Computed here over the candidates a search has
 * already read rather than with FTS5's bm25(): that one first counts every row of the whole
 * index holding each term (its IDF), then looks up each candidate's length, which cost 45 ms
 * for a common word on a decade of notes and grows with the store. Every candidate holds
 * every term (the match is an AND), so IDF would weigh all of them alike and is left out;
 * average length is that of the candidates.
 */
export function bm25Scores(stats: readonly TextStats[]): number[] {
  const average = stats.reduce((sum, s) => sum + s.length, 0) / Math.max(1, stats.length) || 1;
  return stats.map(({ tf, length }) =>
    tf.reduce((score, f) => score + (f * (K1 + 1)) / (f + K1 * (1 - B + (B * length) / average)), 0),
  );
}

/** BM25 of each text for the query's folded prefixes (bm25Scores). */
export const bm25 = (texts: readonly string[], prefixes: readonly string[]): number[] =>
  bm25Scores(texts.map((text) => textStats(text, prefixes)));
