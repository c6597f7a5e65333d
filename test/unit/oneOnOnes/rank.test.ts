import fc from 'fast-check';
import { expect, it } from 'vitest';
import { holdsLongTerms } from '#electron/domains/oneOnOnes/longPrefixes';
import { bm25, textStats } from '#electron/domains/oneOnOnes/rank';

it('scores ASCII text by its own walk exactly as the Unicode path scores the same words', () => {
  const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
  const gap = fc.constantFrom(' ', ', ', '. ', '\n- ', ':', '_', "'", '(', ') ', '--');
  const text = fc.array(fc.tuple(word, gap), { maxLength: 40 }).map((parts) => parts.flat().join(''));
  const prefixes = fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,4}$/), { minLength: 1, maxLength: 3 });
  fc.assert(
    fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), prefixes, (texts, words) => {
      // A no-break space is no word to either path, and makes a text take the Unicode one.
      expect(bm25(texts, words)).toEqual(
        bm25(
          texts.map((t) => `${t}\u00a0`),
          words,
        ),
      );
    }),
  );
});

it('counts the words that start with each prefix, and weighs a shorter text more', () => {
  const [short, long, none] = bm25(
    ['Promotion talk', 'The promotion, the promo and the plan for next year', 'Hiring'],
    ['promo'],
  );
  expect(short).toBeGreaterThan(0);
  expect(long).toBeGreaterThan(0);
  expect(none).toBe(0);
  expect(short).toBeGreaterThan(bm25(['Promotion talk', 'The promotion plan for next year, and more'], ['promo'])[1]!);
});

it("answers whether plain ASCII text holds a long term as the cut query's check does", () => {
  // search.ts keeps a cut query's ASCII rows by these counts instead of asking holdsLongTerms.
  const word = fc.stringMatching(/^[A-Za-z0-9]{1,10}$/);
  const gap = fc.constantFrom(' ', ', ', '. ', '\n- ', ':', '_', "'", '(', ') ', '--');
  const text = fc.array(fc.tuple(word, gap), { maxLength: 30 }).map((parts) => parts.flat().join(''));
  const term = fc.stringMatching(/^[a-z0-9]{7,9}$/);
  fc.assert(
    fc.property(text, term, fc.boolean(), (t, long, plant) => {
      const body = plant ? `${t} ${long.toUpperCase()}s` : t;
      const stats = textStats(body, [long]);
      expect(stats.ascii).toBe(true);
      expect(stats.tf[0]! > 0).toBe(holdsLongTerms(body, [long]));
    }),
  );
});
