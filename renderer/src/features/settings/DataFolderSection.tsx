import { useEffect, useRef, useState } from 'react';
import type { DataFolderStatus } from '#shared/dataFolder/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { FormError } from '#renderer/components/FormError';
import { MoveDataDialog } from './MoveDataDialog';
import { MoveNotices } from './MoveNotices';

/**
 * Settings → Your data: the folder the data is in, and moving it to another one chosen with
 * the system's folder picker. The move itself happens at the next start (main checks the
 * copy before using it), so this only records it and offers to restart.
 */
export function DataFolderSection() {
  const info = useRequest(() => call('app.info', {}), 'info');
  const status = useRequest(() => call('dataFolder.status', {}), 'data-folder');
  const [chosen, setChosen] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | undefined>();
  const [confirmRemoval, setConfirmRemoval] = useState(false);
  const section = useRef<HTMLElement>(null);
  /** The status shown when a command was sent: focus moves once a newer one is shown. */
  const refocusAfter = useRef<DataFolderStatus | null>(null);
  const changed = () => {
    refocusAfter.current = status.data ?? null;
  };

  // A command replaces the button that had focus (Move data… by the notice of the move, the
  // notice by the button): once the answer is shown and no dialog is open, focus goes to what
  // took its place, after the closing dialog has handed focus back to what opened it.
  useEffect(() => {
    const before = refocusAfter.current;
    if (!before || before === status.data || chosen !== null || confirmRemoval) return;
    refocusAfter.current = null;
    const here = section.current;
    requestAnimationFrame(() => {
      if (here?.contains(document.activeElement)) return;
      const target = ['.data-folder__notice button', '.data-folder__move', 'h2']
        .map((selector) => here?.querySelector<HTMLElement>(selector))
        .find(Boolean);
      target?.focus();
    });
  }, [status.data, chosen, confirmRemoval]);

  const choose = async () => {
    setRefusal(undefined);
    try {
      const picked = await call('dataFolder.choose', {});
      if (picked) setChosen(picked.folder);
    } catch (e) {
      setRefusal(e instanceof Error ? e.message : String(e));
    }
  };

  const folder = status.data;
  return (
    <section ref={section} className="panel" aria-labelledby="data-heading">
      <h2 id="data-heading" tabIndex={-1}>
        Your data
      </h2>
      <p className="muted">
        Your people, 1:1s and notes, ladders and scorecards stay in one encrypted folder on this computer. Nothing is
        sent anywhere.
      </p>
      {status.error ? <ErrorMessage error={status.error} /> : null}
      {info.error ? <ErrorMessage error={info.error} /> : null}
      {folder ? (
        <>
          <dl className="facts data-folder__facts">
            <dt>Folder</dt>
            <dd>
              <code className="data-folder__path">{folder.folder}</code>
            </dd>
            {info.data ? (
              <>
                <dt>Cairn version</dt>
                <dd>{info.data.version}</dd>
              </>
            ) : null}
          </dl>
          <MoveNotices
            status={folder}
            confirmRemoval={confirmRemoval}
            setConfirmRemoval={setConfirmRemoval}
            onChange={changed}
          />
          {folder.chosenAtStart ? (
            <p className="muted">This folder was set when Cairn was started, so it cannot be changed here.</p>
          ) : folder.pendingMove ? null : (
            <div className="form-actions">
              <button type="button" className="button data-folder__move" onClick={() => void choose()}>
                Move data…
              </button>
            </div>
          )}
          <FormError message={refusal} />
        </>
      ) : null}
      <MoveDataDialog folder={chosen} onClose={() => setChosen(null)} onChange={changed} />
    </section>
  );
}
