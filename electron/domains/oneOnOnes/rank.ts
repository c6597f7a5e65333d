import { ASCII, foldText, WORD } from './snippet';

/** Whether a character code is a letter or digit of ASCII (lowercased): WORD's match there. */
const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

interface TextStats {
  /** How many words start with each prefix. */
  tf: number[];
  /** How many words the text has. */
  length: number;
}

/**
 * Plain ASCII (most notes) is walked character by character: no match objects for each of
 * the 600 candidates' words (a regular expression there cost half a search).
 */
function asciiStats(text: string, prefixes: readonly string[]): TextStats {
  const lower = text.toLowerCase();
  const tf = prefixes.map(() => 0);
  let length = 0;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const wordChar = isAsciiWordChar(lower.charCodeAt(i));
    if (wordChar && !inWord) {
      length++;
      for (let k = 0; k < prefixes.length; k++) if (lower.startsWith(prefixes[k]!, i)) tf[k]!++;
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
  const stats = texts.map((text) => (ASCII.test(text) ? asciiStats(text, prefixes) : unicodeStats(text, prefixes)));
  const average = stats.reduce((sum, s) => sum + s.length, 0) / Math.max(1, stats.length) || 1;
  return stats.map(({ tf, length }) =>
    tf.reduce((score, f) => score + (f * (K1 + 1)) / (f + K1 * (1 - B + (B * length) / average)), 0),
  );
}
