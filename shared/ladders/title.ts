import { formatDate } from '../format';

/**
 * What an assessment is called wherever it is named on its own: whom, against which level, and
 * when ("Priya · Senior Engineer assessment, 3 Mar 2026"). The level matters as much as the
 * date: a rating only means something against the bar it was measured on.
 */
export function assessmentTitle(
  personName: string,
  levelName: string,
  assessedOn: string,
  options: { locale?: string; year?: 'always' | 'auto' } = {},
): string {
  // On its own (an export, a file) the year is always said; on screen, as every date there, only outside this year.
  const on = formatDate(assessedOn, { weekday: false, year: 'always', ...options });
  return `${personName} · ${levelName} assessment, ${on}`;
}
