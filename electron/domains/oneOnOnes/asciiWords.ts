/**
 * Words of plain ASCII text read by character code, as FTS5's unicode61 tokenizer and the
 * WORD pattern (snippet.ts) read them there: runs of letters and digits, case folded. A
 * snippet of each of the 50 hits shown is made per keystroke; found so, its words need no
 * match object and no lowercased copy each: 5.1 to 4.4 µs a snippet on the decade's notes.
 */

const UPPER_A = 65;
const UPPER_Z = 90;

/** An ASCII character code lowercased, as toLowerCase would. */
export const lowerCode = (c: number) => (c >= UPPER_A && c <= UPPER_Z ? c + 32 : c);

/** Whether a character code, lowercased, is an ASCII letter or digit: WORD's match there. */
export const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Whether `prefix` (folded) is written at `at` in `text` and ends by `end`, ignoring ASCII case. */
export function startsAt(text: string, at: number, prefix: string, end = text.length): boolean {
  if (at + prefix.length > end) return false;
  for (let j = 0; j < prefix.length; j++) if (lowerCode(text.charCodeAt(at + j)) !== prefix.charCodeAt(j)) return false;
  return true;
}
