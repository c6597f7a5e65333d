import type { Candidate } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { Modal } from '#renderer/components/Modal';
import { useToast } from '#renderer/components/toasts';
import { CandidateEraseDialog } from './CandidateEraseDialog';
import { CandidateForm } from './CandidateForm';

export type CandidateDialog = 'edit' | 'erase';

/**
 * "Edit details" and "Erase candidate" for one candidate: opened from the candidate's page
 * header and from the candidate's row on the role page.
 */
export function CandidateDialogs({
  candidate: c,
  open,
  onClose,
  onErased,
}: {
  candidate: Candidate;
  open: CandidateDialog | null;
  onClose: () => void;
  onErased?: () => void;
}) {
  const notice = useToast();
  return (
    <>
      <Modal title={`Edit ${c.name}`} open={open === 'edit'} onClose={onClose}>
        <CandidateForm
          initial={{ name: c.name, stage: c.stage, source: c.source }}
          submitLabel="Save details"
          onCancel={onClose}
          onSubmit={async (fields) => {
            await call('interviews.updateCandidate', { id: c.id, fields });
            onClose();
            notice('Candidate saved.');
          }}
        />
      </Modal>
      <CandidateEraseDialog
        candidate={c}
        open={open === 'erase'}
        onClose={onClose}
        onErased={() => {
          onClose();
          notice(`${c.name} was erased.`);
          onErased?.();
        }}
      />
    </>
  );
}
