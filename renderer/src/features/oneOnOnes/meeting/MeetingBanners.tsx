import type { Meeting } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useToast } from '#renderer/components/toasts';
import { formatDate, formatDateTime } from '#shared/format';

/** Why the notes cannot be typed into (locked, moved), and the unlock trail. */
export function MeetingBanners({ m }: { m: Meeting }) {
  const notice = useToast();
  const unlock = () =>
    call('oneOnOnes.unlock', { meetingId: m.id }).then(
      () => notice('Unlocked for editing.'),
      (e: Error) => notice(e.message, 'error'),
    );
  return (
    <>
      {m.locked ? (
        <div className="lock-banner" role="note">
          <p>Read-only: a later 1:1 has been held. Unlock only to correct the record; edits will be timestamped.</p>
          <button type="button" className="button" onClick={() => void unlock()}>
            Unlock to edit
          </button>
        </div>
      ) : null}
      {m.unlockedAt ? (
        <p className="lock-banner" role="note">
          Unlocked on {formatDateTime(m.unlockedAt)}
          {m.editedAfterUnlockAt
            ? `; last edited after unlocking on ${formatDateTime(m.editedAfterUnlockAt)}`
            : '; not edited since'}
          .
        </p>
      ) : null}
      {m.status === 'moved' ? (
        <p className="lock-banner" role="note">
          This 1:1 moved to {m.movedTo ? formatDate(m.movedTo) : 'another day'}; its agenda and notes went with it.
        </p>
      ) : null}
    </>
  );
}
