import { useState } from 'react';
import type { DataFolderStatus } from '#shared/dataFolder/model';
import { formatDateTime } from '#shared/format';
import { call } from '#renderer/api/client';
import { FormError } from '#renderer/components/FormError';
import { Modal } from '#renderer/components/Modal';

/** What Settings says about a move: waiting for the next start, undone at start (and why), or done with an old copy left. */
export function MoveNotices({
  status,
  confirmRemoval,
  setConfirmRemoval,
  onChange,
}: {
  status: DataFolderStatus;
  confirmRemoval: boolean;
  setConfirmRemoval: (open: boolean) => void;
  /** Called before each command: the section moves focus to what replaces the notice. */
  onChange: () => void;
}) {
  const [refusal, setRefusal] = useState<string | undefined>();
  const run = async (request: () => Promise<unknown>) => {
    setRefusal(undefined);
    onChange();
    try {
      await request();
      setConfirmRemoval(false);
    } catch (e) {
      setRefusal(e instanceof Error ? e.message : String(e));
    }
  };
  const { pendingMove, lastMove } = status;
  return (
    <>
      {pendingMove ? (
        <div className="data-folder__notice" role="status">
          <p>
            Your data will move to <code className="data-folder__path">{pendingMove.to}</code> the next time Cairn
            starts.
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void run(() => call('dataFolder.restart', {}))}
            >
              Restart and move now
            </button>
            <button type="button" className="button" onClick={() => void run(() => call('dataFolder.cancelMove', {}))}>
              Cancel the move
            </button>
          </div>
        </div>
      ) : null}
      {lastMove?.outcome === 'failed' ? (
        <div className="data-folder__notice data-folder__notice--problem" role="alert">
          <p>
            <strong>Your data was not moved</strong> to <code className="data-folder__path">{lastMove.to}</code> when
            Cairn started ({formatDateTime(lastMove.at)}). {lastMove.reason}
          </p>
          <p>Everything is still in the folder above; nothing was changed.</p>
        </div>
      ) : null}
      {lastMove?.outcome === 'moved' && !lastMove.oldCopyRemoved ? (
        <div className="data-folder__notice">
          <p>
            Your data moved here on {formatDateTime(lastMove.at)}. The old copy is still in{' '}
            <code className="data-folder__path">{lastMove.from}</code>: remove it once you are sure everything is here.
          </p>
          <div className="form-actions">
            <button type="button" className="button button--danger-quiet" onClick={() => setConfirmRemoval(true)}>
              Remove the old copy…
            </button>
          </div>
          <Modal title="Remove the old copy?" open={confirmRemoval} onClose={() => setConfirmRemoval(false)}>
            <p>
              This deletes Cairn’s files (the data, its key, backups and settings) from{' '}
              <code className="data-folder__path">{lastMove.from}</code>. Anything else in that folder stays, and your
              data here is not touched.
            </p>
            <FormError message={refusal} />
            <div className="form-actions">
              <button
                type="button"
                className="button button--danger"
                onClick={() => void run(() => call('dataFolder.removeOldCopy', {}))}
              >
                Remove the old copy
              </button>
              <button type="button" className="button" onClick={() => setConfirmRemoval(false)}>
                Keep it
              </button>
            </div>
          </Modal>
        </div>
      ) : null}
      {confirmRemoval ? null : <FormError message={refusal} />}
    </>
  );
}
