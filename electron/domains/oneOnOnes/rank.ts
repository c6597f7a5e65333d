import { ASCII, foldText, WORD } from './snippet';

/** A word of ASCII text: what WORD matches there, without Unicode property classes. */
const ASCII_WORD = /[a-z0-9]+/g;

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
  const stats = texts.map((text) => {
    const tf = prefixes.map(() => 0);
    let length = 0;
    // Plain ASCII (most notes) is split by a plain pattern: the Unicode one cost half a search.
    const ascii = ASCII.test(text);
    const words = ascii ? text.toLowerCase().matchAll(ASCII_WORD) : foldText(text).matchAll(WORD);
    for (const m of words) {
      length++;
      for (let i = 0; i < prefixes.length; i++) if (m[0].startsWith(prefixes[i]!)) tf[i]!++;
    }
    return { tf, length };
  });
  const average = stats.reduce((sum, s) => sum + s.length, 0) / Math.max(1, stats.length) || 1;
  return stats.map(({ tf, length }) =>
    tf.reduce((score, f) => score + (f * (K1 + 1)) / (f + K1 * (1 - B + (B * length) / average)), 0),
  );
}
