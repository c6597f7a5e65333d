import type { Candidate } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { Modal } from '#renderer/components/Modal';
import { EraseForm } from '../backups/EraseForm';

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
  return (
    <Modal title="Erase this candidate for good?" open={open} onClose={onClose}>
      <EraseForm
        kind="candidate"
        id={candidate.id}
        name={candidate.name}
        open={open}
        erase={(confirmName) => call('interviews.eraseCandidate', { id: candidate.id, confirmName })}
        onErased={onErased}
        onKeep={onClose}
      >
        <p>
          This deletes <strong>{candidate.name}</strong> with every scorecard, rating, amendment and decision about
          them. It cannot be undone.
        </p>
      </EraseForm>
    </Modal>
  );
}
