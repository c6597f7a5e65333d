/** A 1:1 that "Next 1:1" can go to. */
export interface NextMeeting {
  meetingId: string;
  personName: string;
}

/**
 * "Next 1:1" from a meeting, among everyone's upcoming (earliest scheduled) 1:1s: the first
 * that starts after this one (during a day of 1:1s, the next person); when none does, the
 * soonest one that is not this.
 */
export function nextMeetingAfter(
  upcoming: readonly (NextMeeting & { startsAt: string })[],
  current: { id: string; startsAt: string },
): NextMeeting | null {
  const others = upcoming
    .filter((u) => u.meetingId !== current.id)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.personName.localeCompare(b.personName));
  const pick = others.find((u) => u.startsAt >= current.startsAt) ?? others[0];
  return pick ? { meetingId: pick.meetingId, personName: pick.personName } : null;
}
