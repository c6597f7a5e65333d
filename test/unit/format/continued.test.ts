import { describe, expect, it } from 'vitest';
import { continued } from '#shared/format';
import { notAfterTodayMessage } from '#shared/rules/notAfterToday';
import { requiredMessage, tooLongMessage } from '#shared/schemas/fields';

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

describe('refusal words', () => {
  it('a date after today says which day today is and what to choose', () => {
    expect(notAfterTodayMessage('The check-in date', '2026-12-04')).toMatch(
      /^The check-in date cannot be after today \((Fri 4 Dec 2026|Fri, Dec 4, 2026)\): choose today or an earlier day\.$/,
    );
  });

  it('an empty or too long field says which field and what to do, as a sentence', () => {
    expect(requiredMessage('Title')).toBe('Title is required: fill it in.');
    expect(tooLongMessage('Name', 2000)).toMatch(
      /^Name must be at most 2[,.\u00a0\u202f]?000 characters: shorten it\.$/,
    );
  });
});
