import { describe, expect, it } from 'vitest';
import {
  displayLocale,
  formatBytes,
  formatList,
  formatNumber,
  formatPercent,
  formatSigned,
  plural,
  pluralWord,
} from '#shared/format';

describe('plural', () => {
  it('chooses the word by English plural rules: no "topic(s)", no "1 stretch goals"', () => {
    expect(plural(0, 'open topic')).toBe('0 open topics');
    expect(plural(1, 'open topic')).toBe('1 open topic');
    expect(plural(11, 'open topic')).toBe('11 open topics');
    expect(plural(1, 'stretch goal')).toBe('1 stretch goal');
    expect(plural(17, '1:1 record')).toBe('17 1:1 records');
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(2, 'person', 'people')).toBe('2 people');
    expect(pluralWord(1, 'day')).toBe('day');
    expect(pluralWord(0, 'day')).toBe('days');
  });

  it('writes the number the user’s way and keeps the word English', () => {
    expect(plural(1234, 'person', 'people', { locale: 'en-GB' })).toBe('1,234 people');
    expect(plural(1234, 'person', 'people', { locale: 'de-DE' })).toBe('1.234 people');
    // French groups thousands with a narrow no-break space.
    expect(plural(1234, 'scorecard', undefined, { locale: 'fr-FR' })).toBe('1\u202f234 scorecards');
  });
});

describe('numbers', () => {
  it('formats numbers, signed differences and shares', () => {
    expect(formatNumber(1234.5, { locale: 'en-US' })).toBe('1,234.5');
    expect(formatNumber(1234.5, { locale: 'de-DE' })).toBe('1.234,5');
    expect(formatSigned(0.11, { locale: 'en-GB' })).toBe('+0.11');
    expect(formatSigned(-0.4, { locale: 'en-GB' })).toBe('-0.40');
    expect(formatSigned(0.5, { locale: 'de-DE', fractionDigits: 1 })).toBe('+0,5');
    expect(formatPercent(0.42, { locale: 'en-GB' })).toBe('42%');
  });

  it('writes file sizes in bytes, kB and MB', () => {
    expect(formatBytes(1, { locale: 'en-GB' })).toBe('1 byte');
    expect(formatBytes(512, { locale: 'en-GB' })).toBe('512 bytes');
    expect(formatBytes(12_345, { locale: 'en-GB' })).toBe('12 kB');
    expect(formatBytes(3_456_789, { locale: 'en-GB' })).toBe('3.5 MB');
    expect(formatBytes(3_456_789, { locale: 'de-DE' })).toBe('3,5 MB');
  });

  it('joins names as a sentence, with the serial comma only where the locale uses it', () => {
    expect(formatList(['Amara', 'Priya', 'Tom'], { locale: 'en-GB' })).toBe('Amara, Priya and Tom');
    expect(formatList(['Amara', 'Priya', 'Tom'], { locale: 'en-US' })).toBe('Amara, Priya, and Tom');
    expect(formatList(['Amara', 'Priya'], { locale: 'en-GB', type: 'disjunction' })).toBe('Amara or Priya');
  });
});

describe('displayLocale', () => {
  it('is English in the user’s region, on the user’s clock', () => {
    expect(displayLocale('de-DE')).toEqual({ locale: 'en-DE', hourCycle: 'h23' });
    expect(displayLocale('en-US')).toEqual({ locale: 'en-US', hourCycle: 'h12' });
    // ICU has no English for Brazil: international English, on Brazil's 24-hour clock.
    expect(displayLocale('pt-BR')).toEqual({ locale: 'en-001', hourCycle: 'h23' });
    expect(displayLocale('fr')).toEqual({ locale: 'en-FR', hourCycle: 'h23' });
  });
});
