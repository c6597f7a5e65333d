import { monthsAgo } from './today';

/** The periods the log and coverage are seen over. */
export const PERIODS = [
  { key: '3m', label: 'Last 3 months', months: 3 },
  { key: '6m', label: 'Last 6 months', months: 6 },
  { key: '12m', label: 'Last 12 months', months: 12 },
  { key: 'all', label: 'All time', months: null },
] as const;
export type PeriodKey = (typeof PERIODS)[number]['key'];
export const DEFAULT_PERIOD: PeriodKey = '6m';

/** The first day of a period, or null for all time. */
export function periodStart(key: PeriodKey): string | null {
  const months = PERIODS.find((p) => p.key === key)?.months ?? null;
  return months === null ? null : monthsAgo(months);
}
