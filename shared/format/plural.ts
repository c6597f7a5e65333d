import { numberFormat } from './cache';
import { displayLocale } from './locale';

/**
 * Cairn's words are English, so the English plural rules choose the word; the number itself
 * is written the user's way ("1,234" or "1.234").
 */
const english = new Intl.PluralRules('en');

/** The word for `n` of a thing: pluralWord(1, 'topic') is "topic", pluralWord(3, 'person', 'people') is "people". */
export function pluralWord(n: number, one: string, other = `${one}s`): string {
  return english.select(n) === 'one' ? one : other;
}

/** A count with its word: "1 topic", "11 open topics", "0 people", "1,234 scorecards". */
export function plural(n: number, one: string, other = `${one}s`, options: { locale?: string } = {}): string {
  return `${numberFormat(displayLocale(options.locale).locale).format(n)} ${pluralWord(n, one, other)}`;
}
