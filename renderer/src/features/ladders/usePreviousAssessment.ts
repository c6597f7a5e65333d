import type { Assessment } from '#shared/ladders/assessment';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';

/**
 * The person's assessment before this one (or their latest, for a new one), so each rating
 * can show what it was last time: the form's question is "has this moved?".
 */
export function usePreviousAssessment(personId: string, current: Assessment | undefined) {
  return useRequest(
    async (): Promise<Assessment | null> => {
      const earlier = (await call('assessments.list', { personId }))
        .filter((a) => a.id !== current?.id && (!current || a.assessedOn <= current.assessedOn))
        .sort((a, b) => b.assessedOn.localeCompare(a.assessedOn))[0];
      return earlier ? call('assessments.get', { id: earlier.id }) : null;
    },
    `${personId}#${current?.id ?? ''}`,
  );
}
