/**
 * The one place that turns dates, times, counts and numbers into words on screen, for the
 * renderer and the main process alike. Everything goes through Intl in the user's locale
 * (tests pass `locale`); plurals through Intl.PluralRules. See test/unit/format/.
 */
export {
  formatClock,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatMonth,
  formatTime,
  formatWeekday,
  formatZone,
  formatZoneOffset,
} from './dates';
export type { DateOptions, DateTimeOptions, ZoneOptions } from './dates';
export { formatDayOffset, formatRelativeDate } from './relative';
export { plural, pluralWord } from './plural';
export { displayLocale } from './locale';
export type { DisplayLocale } from './locale';
export { formatBytes, formatList, formatNumber, formatPercent, formatSigned } from './numbers';
export { continued, quoted } from './quote';
