import { foldText, WORD } from './snippet';

interface TextStats {
  /** How many words start with each prefix. */
  tf: number[];
  /** How many words the text has. */
  length: number;
}

const UPPER_A = 65;
const UPPER_Z = 90;
/** Whether a character code, lowercased, is an ASCII letter or digit: WORD's match there. */
const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** An ASCII character code lowercased, as toLowerCase would. */
const lowerCode = (c: number) => (c >= UPPER_A && c <= UPPER_Z ? c + 32 : c);

/** Whether `prefix` (folded) is written at `at` in `text`, ignoring ASCII case. */
function startsAt(text: string, at: number, prefix: string): boolean {
  if (at + prefix.length > text.length) return false;
  for (let j = 0; j < prefix.length; j++) if (lowerCode(text.charCodeAt(at + j)) !== prefix.charCodeAt(j)) return false;
  return true;
}

/**
 * Plain ASCII (most notes) is walked character by character, once: no match objects for each
 * of the 300 candidates' words (a regular expression there cost half a search), no lowercased
 * copy of each text, no separate pass to learn it is ASCII. Null at the first character past
 * ASCII: that text is counted the Unicode way instead.
 */
function asciiStats(text: string, prefixes: readonly string[]): TextStats | null {
  const tf = prefixes.map(() => 0);
  let length = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return null;
    const wordChar = isAsciiWordChar(lowerCode(c));
    if (wordChar && !inWord) {
      length++;
      for (let k = 0; k < prefixes.length; k++) if (startsAt(text, i, prefixes[k]!)) tf[k]!++;
    }
    inWord = wordChar;
  }
  return { tf, length };
}

function unicodeStats(text: string, prefixes: readonly string[]): TextStats {
  const tf = prefixes.map(() => 0);
  let length = 0;
  for (const m of foldText(text).matchAll(WORD)) {
    length++;
    for (let k = 0; k < prefixes.length; k++) if (m[0].startsWith(prefixes[k]!)) tf[k]!++;
  }
  return { tf, length };
}

/** BM25's usual constants: how fast repeats stop counting, and how much length matters. */
const K1 = 1.2;
const B = 0.75;

/**
 * BM25 of each text for the query's terms, each term matched as a prefix ("promo" counts
 * "promotion"), as FTS5 matched it. Computed here over the candidates a search has already
 * read rather than with FTS5's bm25(): that one first counts every row of the whole index
 * holding each term (its IDF), then looks up each candidate's length, which cost 45 ms for
 * a common word on a decade of notes and grows with the store. Every candidate holds every
 * term (the match is an AND), so IDF would weigh all of them alike and is left out;
 * average length is that of the candidates.
 */
export function bm25(texts: readonly string[], prefixes: readonly string[]): number[] {
  const stats = texts.map((text) => asciiStats(text, prefixes) ?? unicodeStats(text, prefixes));
  const average = stats.reduce((sum, s) => sum + s.length, 0) / Math.max(1, stats.length) || 1;
  return stats.map(({ tf, length }) =>
    tf.reduce((score, f) => score + (f * (K1 + 1)) / (f + K1 * (1 - B + (B * length) / average)), 0),
  );
}
