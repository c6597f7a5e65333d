import { EVIDENCE_SOURCE_LABELS, type EvidenceSource } from './model';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "3 Dec 2026" from "2026-12-03": a date a person reads, the same in every zone. */
export function readableDate(iso: string): string {
  return DAY.format(new Date(`${iso}T00:00:00Z`));
}

/** "June 2026": for "nothing since …". */
export function readableMonth(iso: string): string {
  return MONTH.format(new Date(`${iso}T00:00:00Z`));
}

/** "1:1 of 3 Dec 2026 (private notes)", "Mentoring session of 5 Nov 2026 (with Sam)", "Typed directly". */
export function sourceName(source: Pick<EvidenceSource, 'kind' | 'on' | 'label'>): string {
  const base = EVIDENCE_SOURCE_LABELS[source.kind];
  const on = source.on ? ` of ${readableDate(source.on)}` : '';
  const label = source.label ? ` (${source.label})` : '';
  return `${base}${on}${label}`;
}
