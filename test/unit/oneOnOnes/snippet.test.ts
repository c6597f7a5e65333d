import { describe, expect, it } from 'vitest';
import { makeSnippet, searchWords } from '#electron/domains/oneOnOnes/snippet';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '#shared/oneOnOnes/model';

const mark = (s: string) => s.replaceAll(HIGHLIGHT_START, '[').replaceAll(HIGHLIGHT_END, ']');

describe('search snippets', () => {
  it('marks every matching word, folding case and accents like the index does', () => {
    expect(mark(makeSnippet('Café plans: the CAFE is open', searchWords('cafe')))).toBe(
      '[Café] plans: the [CAFE] is open',
    );
  });

  it('shows a window around the first match with ellipses', () => {
    const text = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(mark(makeSnippet(text, searchWords('w20'), 6))).toBe('…w18 w19 [w20] w21 w22 w23…');
    expect(mark(makeSnippet(text, searchWords('w1'), 4))).toBe('w0 [w1] w2 w3…');
    expect(mark(makeSnippet(text, searchWords('w39'), 3))).toBe('…w37 w38 [w39]');
  });

  it('keeps punctuation as text and strips mark characters typed into notes', () => {
    expect(mark(makeSnippet('Our 1:1 on C++ went well :)', searchWords('C++')))).toBe('Our 1:1 on [C]++ went well :)');
    expect(mark(makeSnippet('fake \u0002bold\u0003 text', searchWords('text')))).toBe('fake bold [text]');
    expect(makeSnippet(':) :(', searchWords('x'))).toBe(':) :(');
  });

  it('reads runs of spaces, tabs and line breaks as one space, and trims the ends', () => {
    const words = searchWords('promo');
    expect(mark(makeSnippet('Plan:\n\n- promotion  case\tnext week  ', words))).toBe(
      'Plan: - [promotion] case next week',
    );
    expect(mark(makeSnippet('Plan: the promotion case for next week ', words))).toBe(
      'Plan: the [promotion] case for next week',
    );
    expect(mark(makeSnippet('one two\u00a0three four promotion five', words, 3))).toBe('…four [promotion] five');
  });

  it('reads plain ASCII by character code exactly as it reads other text: case, digits, word starts, underscores', () => {
    const words = searchWords('promo q3');
    const ascii = 'PROMOTION case for Q3_review; re-promoted (Q3 2026), unpromoted';
    // The same sentence with one letter past ASCII reads the other way; it must mark the same words.
    const unicode = `${ascii} é`;
    const expected = '[PROMOTION] case for [Q3]_review; re-[promoted] ([Q3] 2026), unpromoted';
    expect(mark(makeSnippet(ascii, words))).toBe(expected);
    expect(mark(makeSnippet(unicode, words))).toBe(`${expected} é`);
  });
});
