import { formatDate } from '../format';
import { EVIDENCE_SOURCE_LABELS, type EvidenceSource } from './model';

/** A date in a document (drafts, exports): "3 Dec 2026", the year always there, written the user's way. */
export const documentDate = (iso: string) => formatDate(iso, { weekday: false, year: 'always' });

/**
 * "1:1 of 3 Dec 2026 (private notes)", "Mentoring session of 5 Nov 2026 (with Sam)", "Typed directly".
 * Screens pass their own date format; documents use `documentDate`.
 */
export function sourceName(
  source: Pick<EvidenceSource, 'kind' | 'on' | 'label'>,
  date: (iso: string) => string = documentDate,
): string {
  const base = EVIDENCE_SOURCE_LABELS[source.kind];
  const on = source.on ? ` of ${date(source.on)}` : '';
  const label = source.label ? ` (${source.label})` : '';
  return `${base}${on}${label}`;
}
