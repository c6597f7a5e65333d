import { useEffect, useRef, useState } from 'react';
import { Ellipsis } from 'lucide-react';
import { formatDate } from '#shared/format';
import { FIT_LABELS, type PairDetail } from '#shared/mentoring/model';
import { MenuButton, type MenuAction } from '#renderer/components/Menu';
import { Modal } from '#renderer/components/Modal';
import { useEvidenceCapture, type CaptureRequest } from '../evidence/captureStore';

type Session = PairDetail['sessions'][number];

/** What can be done with one logged session: one quiet menu per session, never a row of links under each. */
function sessionActions(
  pair: PairDetail,
  session: Session,
  logEvidence: (request: CaptureRequest) => void,
  askDelete: () => void,
): MenuAction[] {
  const written = session.takeaways || session.notes;
  return [
    ...(written
      ? [
          {
            id: 'evidence',
            label: 'Log as evidence…',
            onAction: () =>
              logEvidence({
                personId: pair.mentee.id,
                source: { kind: 'mentoring', id: session.id },
                sourceLabel: `Mentoring session of ${formatDate(session.date)}, with ${pair.mentor.name}`,
                text: written,
                seenOn: session.date,
              }),
          },
        ]
      : []),
    { id: 'delete', label: 'Delete session…', tone: 'danger' as const, onAction: askDelete },
  ];
}

function SessionItem({ pair, session, onAskDelete }: { pair: PairDetail; session: Session; onAskDelete: () => void }) {
  const logEvidence = useEvidenceCapture((s) => s.show);
  const date = formatDate(session.date);
  return (
    <li className="session">
      <div className="session__head">
        <h3 id={`session-${session.id}`}>
          {date}
          {session.fit ? <span className="badge">{FIT_LABELS[session.fit]}</span> : null}
        </h3>
        <MenuButton
          label={<Ellipsis className="icon" aria-hidden="true" />}
          ariaLabel={`Actions for the session of ${date}`}
          className="button button--quiet button--icon"
          actions={sessionActions(pair, session, logEvidence, onAskDelete)}
        />
      </div>
      {session.notes ? <p className="session__notes">{session.notes}</p> : null}
      {session.takeaways ? (
        <p>
          <strong>Takeaways:</strong> {session.takeaways}
        </p>
      ) : null}
      {session.progress.length ? (
        <ul>
          {session.progress.map((p) => (
            <li key={p.focusAreaId}>
              <strong>{p.focusArea}:</strong> {p.note}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * The sessions so far, newest first; deleting one asks first, in a dialog that names the day.
 * Once it is gone, so is the menu that opened the dialog: focus goes to `headingId`, the list's heading.
 */
export function SessionList({
  pair,
  headingId,
  onDelete,
}: {
  pair: PairDetail;
  headingId: string;
  onDelete: (sessionId: string) => Promise<void>;
}) {
  const [deleting, setDeleting] = useState<Session | null>(null);
  const focusHeading = useRef(false);
  // After the dialog's own effect has closed it (a child's effects run first): the page is no longer inert.
  useEffect(() => {
    if (deleting || !focusHeading.current) return;
    focusHeading.current = false;
    document.getElementById(headingId)?.focus();
  }, [deleting, headingId]);
  if (!pair.sessions.length) return <p className="muted">No sessions logged yet.</p>;
  const close = () => setDeleting(null);
  return (
    <>
      <ol className="session-list" reversed>
        {pair.sessions.map((s) => (
          <SessionItem key={s.id} pair={pair} session={s} onAskDelete={() => setDeleting(s)} />
        ))}
      </ol>
      <Modal title="Delete this session?" open={deleting !== null} onClose={close}>
        {deleting ? (
          <>
            <p>
              The session of {formatDate(deleting.date)}, with its notes and takeaways, goes for good. Evidence already
              logged from it stays.
            </p>
            <div className="form-actions">
              <button
                type="button"
                className="button button--danger"
                onClick={() =>
                  void onDelete(deleting.id).then(() => {
                    focusHeading.current = true;
                    close();
                  })
                }
              >
                Delete session of {formatDate(deleting.date)}
              </button>
              <button type="button" className="button" onClick={close}>
                Keep it
              </button>
            </div>
          </>
        ) : null}
      </Modal>
    </>
  );
}
