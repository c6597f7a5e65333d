import type { MeetingSummary, OverviewRow } from '#shared/oneOnOnes/model';

/**
 * "Next 1:1" from a meeting: the first scheduled 1:1 of anyone that starts after this one
 * (during a day of 1:1s, the next person); when none does, the soonest one that is not this.
 */
export function nextMeetingAfter(
  rows: readonly OverviewRow[],
  current: Pick<MeetingSummary, 'id' | 'startsAt'>,
): { meetingId: string; personName: string } | null {
  const upcoming = rows
    .flatMap((r) =>
      r.upcoming && r.upcoming.status === 'scheduled' && r.upcoming.id !== current.id
        ? [{ meetingId: r.upcoming.id, personName: r.personName, startsAt: r.upcoming.startsAt }]
        : [],
    )
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.personName.localeCompare(b.personName));
  const pick = upcoming.find((u) => u.startsAt >= current.startsAt) ?? upcoming[0];
  return pick ? { meetingId: pick.meetingId, personName: pick.personName } : null;
}
