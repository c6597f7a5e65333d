import { describe, expect, it } from 'vitest';
import { continued } from '#shared/format';

describe('continued: a sentence read on after a colon', () => {
  it.each([
    ['Name is required.', 'name is required'],
    ['Enter a real date, such as 3 December 2026.', 'enter a real date, such as 3 December 2026'],
    ['Cairn cannot follow its repeat rule', 'Cairn cannot follow its repeat rule'],
    ['CSV files only', 'CSV files only'],
  ])('%s → %s', (sentence, read) => {
    expect(continued(sentence)).toBe(read);
  });
});
