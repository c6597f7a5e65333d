import { useState } from 'react';
import type { Candidate } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { Field } from '#renderer/components/Field';
import { Modal } from '#renderer/components/Modal';
import { BackupsAfterErase, removeBackupsHolding, useBackupsHolding } from '../backups/BackupsAfterErase';
import { errorText } from '#renderer/api/serverErrors';

/** Erasing a candidate removes every scorecard, rating, amendment and decision about them. */
export function CandidateEraseDialog({
  candidate,
  open,
  onClose,
  onErased,
}: {
  candidate: Candidate;
  open: boolean;
  onClose: () => void;
  onErased: () => void;
}) {
  const holding = useBackupsHolding('candidate', candidate.id, open);
  const [removeBackups, setRemoveBackups] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const erase = async () => {
    try {
      await call('interviews.eraseCandidate', { id: candidate.id, confirmName: typed });
      if (removeBackups) await removeBackupsHolding('candidate', candidate.id);
      onErased();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Modal title="Erase this candidate for good?" open={open} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void erase();
        }}
      >
        <p>
          This deletes <strong>{candidate.name}</strong> with every scorecard, rating, amendment and decision about
          them. It cannot be undone.
        </p>
        <BackupsAfterErase
          name={candidate.name}
          holding={holding.data}
          remove={removeBackups}
          onRemoveChange={setRemoveBackups}
        />
        <Field label={`Type “${candidate.name}” to confirm`} error={error}>
          {(ids) => <input {...ids} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--danger" disabled={typed.trim() !== candidate.name}>
            Erase {candidate.name}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Keep
          </button>
        </div>
      </form>
    </Modal>
  );
}
