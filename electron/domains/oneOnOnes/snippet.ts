import { HIGHLIGHT_END, HIGHLIGHT_START } from '#shared/oneOnOnes/highlight';
import { isAsciiWordChar, lowerCode, startsAt } from './asciiWords';

export const WORD = /[\p{L}\p{N}]+/gu;
/** Plain ASCII text (most of it) skips the costly Unicode normalisation. */
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
export const ASCII = /^[\x00-\x7f]*$/;
/** Folded like the FTS5 tokenizer (unicode61, diacritics removed); one length in, one out for ASCII. */
export const foldText = (s: string) =>
  ASCII.test(s) ? s.toLowerCase() : s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a search, folded: each matches the words that start with it. */
export function searchWords(text: string): string[] {
  return [...new Set([...text.matchAll(WORD)].map((m) => foldText(m[0])))];
}

const matchesAny = (word: string, prefixes: readonly string[]) => prefixes.some((p) => word.startsWith(p));

/**
 * A window of about `size` words around the first match, with every matching word (one that
 * starts with a word of the search) wrapped in
 * the highlight marks. Done here rather than with FTS5's snippet(), which re-reads the
 * term's whole doclist for each row and cost more than the search itself.
 */
export function makeSnippet(text: string, words: readonly string[], size = 16): string {
  const clean =
    text.includes(HIGHLIGHT_START) || text.includes(HIGHLIGHT_END)
      ? text.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '')
      : text;
  const lead = Math.min(4, Math.floor((size - 1) / 2)); // a little context before the match
  const { tokens, first: found } = (ASCII.test(clean) ? asciiTokens : unicodeTokens)(clean, words, size, lead);
  if (tokens.length === 0) return clean.slice(0, 200);
  const first = Math.max(0, found);
  const from = Math.max(0, Math.min(first - lead, tokens.length - size));
  const to = Math.min(tokens.length, from + size);
  let out = from > 0 ? '…' : '';
  let cursor = tokens[from]!.start;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    out += clean.slice(cursor, t.start);
    out += t.hit ? `${HIGHLIGHT_START}${clean.slice(t.start, t.end)}${HIGHLIGHT_END}` : clean.slice(t.start, t.end);
    cursor = t.end;
  }
  if (to < tokens.length) out += '…';
  else out += clean.slice(cursor);
  // Runs of spaces and line breaks read as one space. Most windows hold none but single spaces,
  // and there the replace (a third of a snippet's cost, on a string of many pieces) is skipped.
  const shown = clean.slice(tokens[from]!.start, to < tokens.length ? tokens[to - 1]!.end : clean.length);
  return MORE_THAN_SINGLE_SPACES.test(shown) ? out.replace(/\s+/g, ' ').trim() : out.trim();
}

/** White space other than a single space: where \s+ would replace something with a space. */
const MORE_THAN_SINGLE_SPACES = /[^\S ]| {2}/;

interface Token {
  start: number;
  end: number;
  hit: boolean;
}

/**
 * Words are read only up to the window after the first match (plus one, to know whether more
 * follows): a long note is not tokenised and folded to its end for 16 words.
 */
type Tokenise = (
  text: string,
  words: readonly string[],
  size: number,
  lead: number,
) => { tokens: Token[]; first: number };

const windowFull = (tokens: Token[], first: number, size: number, lead: number) =>
  first >= 0 && tokens.length > Math.max(0, first - lead) + size;

const unicodeTokens: Tokenise = (text, words, size, lead) => {
  const tokens: Token[] = [];
  let first = -1;
  const pattern = new RegExp(WORD.source, WORD.flags);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const hit = matchesAny(foldText(m[0]), words);
    tokens.push({ start: m.index, end: m.index + m[0].length, hit });
    if (first < 0 && hit) first = tokens.length - 1;
    if (windowFull(tokens, first, size, lead)) break;
  }
  return { tokens, first };
};

/** Plain ASCII (most notes): the same words, found by character code (asciiWords.ts). */
const asciiTokens: Tokenise = (text, words, size, lead) => {
  const tokens: Token[] = [];
  let first = -1;
  const isWordAt = (i: number) => isAsciiWordChar(lowerCode(text.charCodeAt(i)));
  for (let i = 0; i < text.length;) {
    while (i < text.length && !isWordAt(i)) i++;
    if (i === text.length) break;
    const start = i;
    while (i < text.length && isWordAt(i)) i++;
    const hit = words.some((w) => startsAt(text, start, w, i));
    tokens.push({ start, end: i, hit });
    if (first < 0 && hit) first = tokens.length - 1;
    if (windowFull(tokens, first, size, lead)) break;
  }
  return { tokens, first };
};
