import { formatDate } from '../format';
import { EVIDENCE_SOURCE_LABELS, type EvidenceSource } from './model';

/** A date in a document (drafts, exports): "3 Dec 2026", the year always there, written the user's way. */
export const documentDate = (iso: string) => formatDate(iso, { weekday: false, year: 'always' });

/**
 * "1:1 of 3 Dec 2026 (private notes)", "Mentoring session of 5 Nov 2026 (with Sam)", "Observed directly".
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

/**
 * How a document (a review or promotion-case draft) cites a source, for a reader outside
 * Cairn: in words, never an in-app address. A 1:1 is named by who it was with and when,
 * "1:1 with Amara Osei on 19 Nov 2026 (private notes)"; the others as `sourceName` names them.
 */
export function documentSource(source: Pick<EvidenceSource, 'kind' | 'on' | 'label'>, personName: string): string {
  if (source.kind !== 'one_on_one') return sourceName(source);
  const on = source.on ? ` on ${documentDate(source.on)}` : '';
  const label = source.label ? ` (${source.label})` : '';
  return `${EVIDENCE_SOURCE_LABELS.one_on_one} with ${personName}${on}${label}`;
}
