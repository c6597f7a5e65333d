import { listFormat, numberFormat } from './cache';
import { displayLocale } from './locale';

interface Locale {
  locale?: string;
}

/** A whole or decimal number written the user's way: "1,234", "1.234", "0.5". */
export function formatNumber(n: number, options: Locale & { maximumFractionDigits?: number } = {}): string {
  return numberFormat(displayLocale(options.locale).locale, {
    maximumFractionDigits: options.maximumFractionDigits ?? 2,
  }).format(n);
}

/** A difference that must show its sign: "+0.11", "−0.4", "0". */
export function formatSigned(n: number, options: Locale & { fractionDigits?: number } = {}): string {
  const digits = options.fractionDigits ?? 2;
  return numberFormat(displayLocale(options.locale).locale, {
    signDisplay: 'exceptZero',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);
}

/** A share of a whole, 0 to 1: "42%". */
export function formatPercent(share: number, options: Locale = {}): string {
  return numberFormat(displayLocale(options.locale).locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** A file size: "512 bytes", "12 kB", "3.4 MB". */
export function formatBytes(bytes: number, options: Locale = {}): string {
  const [unit, value] =
    bytes < 1000 ? ['byte', bytes] : bytes < 1_000_000 ? ['kilobyte', bytes / 1000] : ['megabyte', bytes / 1_000_000];
  return numberFormat(displayLocale(options.locale).locale, {
    style: 'unit',
    unit,
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
  }).format(value);
}

/** Items joined as a sentence: "Amara, Priya and Tom" (the serial comma where the locale uses one). */
export function formatList(
  items: readonly string[],
  options: Locale & { type?: 'conjunction' | 'disjunction' } = {},
): string {
  return listFormat(displayLocale(options.locale).locale, { type: options.type ?? 'conjunction' }).format(items);
}
