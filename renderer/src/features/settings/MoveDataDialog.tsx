import { useState } from 'react';
import { call } from '#renderer/api/client';
import { FormError } from '#renderer/components/FormError';
import { Modal } from '#renderer/components/Modal';

/** Says what moving the data does before anything is recorded; the move runs at the next start. */
export function MoveDataDialog({
  folder,
  onClose,
  onChange,
}: {
  folder: string | null;
  onClose: () => void;
  /** Called before the move is recorded: the section then moves focus to what replaces its button. */
  onChange: () => void;
}) {
  const [refusal, setRefusal] = useState<string | undefined>();
  const schedule = async (restartNow: boolean) => {
    if (!folder) return;
    setRefusal(undefined);
    onChange();
    try {
      await call('dataFolder.scheduleMove', { folder });
      if (restartNow) await call('dataFolder.restart', {});
      onClose();
    } catch (e) {
      setRefusal(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Modal title="Move your data?" open={folder !== null} onClose={onClose}>
      <p>The next time Cairn starts, it will move your data to this folder:</p>
      <code className="data-folder__target">{folder}</code>
      <p>
        It copies everything (people, 1:1s and notes, ladders, scorecards, backups and settings), checks the copy, and
        only then uses it. If anything goes wrong, your data stays where it is now.
      </p>
      <p>Your current folder is left as it is, as a copy you can remove from Settings later.</p>
      <FormError message={refusal} />
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={() => void schedule(true)}>
          Restart and move now
        </button>
        <button type="button" className="button" onClick={() => void schedule(false)}>
          Move at next start
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
