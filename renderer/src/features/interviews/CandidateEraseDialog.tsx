import { useState } from 'react';
import type { Candidate } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { Field } from '#renderer/components/Field';
import { Modal } from '#renderer/components/Modal';
import { errorText, withoutFieldPrefix } from '#renderer/api/serverErrors';

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
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const erase = async () => {
    try {
      await call('interviews.eraseCandidate', { id: candidate.id, confirmName: typed });
      onErased();
    } catch (e) {
      setError(withoutFieldPrefix(errorText(e)));
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
        <Field label={`Type "${candidate.name}" to confirm`} error={error}>
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
