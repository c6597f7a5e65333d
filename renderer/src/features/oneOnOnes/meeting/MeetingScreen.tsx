import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { downloadText } from '#renderer/components/download';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { formatDate, formatDateTime } from '#shared/format';
import { STATUS_LABELS } from '../format';
import { meetingWhen } from '../time/meetingTimes';
import { useMyZone } from '../time/useMyZone';
import { PrivacyToggle } from '../PrivateNote';
import { DetailsPanel } from './DetailsPanel';
import { ItemsPanel } from './ItemsPanel';
import { MoveDialog } from './MoveDialog';
import { NotesEditor } from './NotesEditor';
import { TemplatePicker } from './TemplatePicker';
import { AskQuestion } from '../../questions/AskQuestion';
import { NotFound } from '#renderer/components/NotFound';

export function MeetingScreen() {
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const notice = useToast();
  const meeting = useRequest(() => call('oneOnOnes.meeting', { meetingId: id }), id);
  const [moving, setMoving] = useState(false);
  const myZone = useMyZone();

  if (meeting.error) {
    return <NotFound title="1:1 not found" error={meeting.error} backHref="/one-on-ones" backLabel="Back to 1:1s" />;
  }
  const m = meeting.data;
  if (!m) return null;

  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      notice(done);
    } catch (e) {
      notice((e as Error).message, 'error');
    }
  };
  const exportShared = async () => {
    const result = await call('oneOnOnes.exportMeeting', { meetingId: m.id });
    downloadText(`${result.fileBaseName}.md`, result.markdown, 'text/markdown');
    notice('Shared notes exported as Markdown (private notes left out).');
  };
  const scheduled = m.status === 'scheduled';
  return (
    <>
      <PageHeader
        title={`1:1 with ${m.personName}`}
        subtitle={
          <>
            {meetingWhen(m.startsAt, myZone, m.person)} <span className="badge">{STATUS_LABELS[m.status]}</span>
            {m.movedTo ? <span className="muted"> to {formatDate(m.movedTo)}</span> : null}
          </>
        }
        actions={
          <>
            <Link href={`/one-on-ones/person/${m.personId}`} className="button">
              Prep view
            </Link>
            {scheduled ? (
              <>
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() =>
                    void act(
                      () => call('oneOnOnes.hold', { meetingId: m.id }),
                      'Marked as held. Open items moved to the next 1:1.',
                    )
                  }
                >
                  Mark as held
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    void act(
                      () => call('oneOnOnes.skip', { meetingId: m.id }),
                      'Skipped. Everything open moves to the next 1:1.',
                    )
                  }
                >
                  Skip
                </button>
                <button type="button" className="button" onClick={() => setMoving(true)}>
                  Move…
                </button>
              </>
            ) : null}
            <button type="button" className="button" onClick={() => void exportShared()}>
              Export shared notes
            </button>
            <PrivacyToggle />
          </>
        }
      />
      {m.locked ? (
        <div className="lock-banner" role="note">
          <p>Read-only: a later 1:1 has been held. Unlock only to correct the record; edits will be timestamped.</p>
          <button
            type="button"
            className="button"
            onClick={() => void act(() => call('oneOnOnes.unlock', { meetingId: m.id }), 'Unlocked for editing.')}
          >
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
      <div className="meeting-grid">
        <div>
          <ItemsPanel meeting={m} kind="agenda" />
          {!m.locked && m.status !== 'moved' ? (
            <div className="panel">
              <TemplatePicker meeting={m} />
              <AskQuestion meeting={m} />
            </div>
          ) : null}
          <ItemsPanel meeting={m} kind="action" />
        </div>
        <div>
          <NotesEditor key={`shared-${m.id}-${m.locked}`} meeting={m} which="shared" />
          <NotesEditor key={`private-${m.id}-${m.locked}`} meeting={m} which="private" />
          <DetailsPanel key={`details-${m.id}-${m.tags.join(',')}`} meeting={m} />
        </div>
      </div>
      {moving ? (
        <MoveDialog
          meeting={m}
          open={moving}
          onClose={() => setMoving(false)}
          onMoved={(newId) => {
            setMoving(false);
            notice('Moved. The agenda and notes went with it.');
            navigate(`/one-on-ones/meeting/${newId}`);
          }}
        />
      ) : null}
    </>
  );
}
