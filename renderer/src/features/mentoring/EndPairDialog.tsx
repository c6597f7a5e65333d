import { TextAreaField } from '#renderer/components/InputFields';
import { useState } from 'react';
import { call } from '#renderer/api/client';
import { Modal } from '#renderer/components/Modal';
import { errorText } from '#renderer/api/serverErrors';
import { endReasonProblems } from '#shared/mentoring/rules';
import { FormActions } from '#renderer/components/FormActions';

/** Ending is final, so it asks why: the reason stays with the pair's history. */
export function EndPairDialog({
  pairId,
  open,
  onClose,
  onEnded,
}: {
  pairId: string;
  open: boolean;
  onClose: () => void;
  onEnded: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const end = async () => {
    const problem = endReasonProblems(reason)[0];
    if (problem) {
      setError(problem.message);
      return;
    }
    try {
      await call('mentoring.setStatus', { id: pairId, status: 'ended', reason });
      setReason('');
      setError(undefined);
      onEnded();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Modal title="End this pair?" open={open} onClose={onClose}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void end();
        }}
      >
        <p>Ending is final: the pair moves to Ended pairs with its sessions, and this reason is kept with it.</p>
        <TextAreaField
          label="Reason for ending"
          required
          error={error}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <FormActions submitLabel="End pair" tone="danger" onCancel={onClose} />
      </form>
    </Modal>
  );
}
