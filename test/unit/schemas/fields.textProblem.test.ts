import { describe, expect, it } from 'vitest';
import { textProblem } from '#shared/schemas/fields';

const MIXED = 'mixes letters from different alphabets in one word (a look-alike letter?): type the word again';

describe('textProblem: words that mix look-alike alphabets', () => {
  it('finds a Latin word with one Cyrillic or Greek letter in it', () => {
    expect(textProblem('B\u043eb', 'line')).toBe(MIXED); // Bob with a Cyrillic o
    expect(textProblem('Ad\u03b1 Lovelace', 'line')).toBe(MIXED); // Ada with a Greek alpha
  });

  it('allows names written in one alphabet per word, side by side', () => {
    expect(textProblem('Bob Петров', 'line')).toBeNull();
    expect(textProblem('Ελένη Smith', 'line')).toBeNull();
    expect(textProblem('José Müller-Åberg', 'line')).toBeNull();
  });

  it('judges a very long pasted word, and finds a mixed letter at its very end', () => {
    expect(textProblem('x'.repeat(10_000), 'line')).toBeNull();
    expect(textProblem(`${'x'.repeat(100_000)}\u043e`, 'line')).toBe(MIXED);
  });

  it('leaves free text (notes) to mix alphabets as people do', () => {
    expect(textProblem('B\u043eb', 'text')).toBeNull();
  });
});
