import type { Meeting } from '#shared/oneOnOnes/model';
import { formatDate } from '#shared/format';
import { STATUS_LABELS } from '../format';
import { meetingWhen } from '../time/meetingTimes';
import { useMyZone } from '../time/useMyZone';

/** When, in the manager's zone (their local time beside it), and where the 1:1 stands. */
export function MeetingSubtitle({ m }: { m: Meeting }) {
  const myZone = useMyZone();
  return (
    <>
      {meetingWhen(m.startsAt, myZone, m.person)} <span className="badge">{STATUS_LABELS[m.status]}</span>
      {m.movedTo ? <span className="muted"> to {formatDate(m.movedTo)}</span> : null}
    </>
  );
}
