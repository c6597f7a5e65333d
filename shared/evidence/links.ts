import type { EvidenceSourceKind } from './model';

/**
 * Where a piece of evidence came from, as an in-app address: drafts link every bullet to it
 * and the timeline opens it. A source deleted since still has an address; its screen says
 * it is gone. Goal check-ins and typed entries live on the person's page.
 */
export function sourceHref(
  personId: string,
  kind: EvidenceSourceKind,
  id: string | null,
  mentoringPairId: string | null,
): string {
  if (kind === 'one_on_one' && id) return `/one-on-ones/meeting/${id}`;
  if (kind === 'mentoring' && mentoringPairId) return `/mentoring/pairs/${mentoringPairId}`;
  if (kind === 'assessment' && id) return `/assessments/${id}`;
  return `/people/${personId}`;
}
