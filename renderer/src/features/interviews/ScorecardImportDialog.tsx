import { useState } from 'react';
import type { KitSummary } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { errorText } from '#renderer/api/serverErrors';
import { FileDrop } from '#renderer/components/FileDrop';
import { Modal } from '#renderer/components/Modal';

/** A colleague's scorecard file for one stage: refused as a whole (and said why) or imported as a whole. */
export function ScorecardImportDialog({
  candidateId,
  kit,
  open,
  onClose,
  onImported,
}: {
  candidateId: string;
  kit: KitSummary;
  open: boolean;
  onClose: () => void;
  onImported: (interviewerName: string) => void;
}) {
  const [error, setError] = useState<string>();
  const close = () => {
    setError(undefined);
    onClose();
  };
  const importFile = async (file: File) => {
    setError(undefined);
    try {
      const card = await call('interviews.importScorecard', { candidateId, kitId: kit.id, text: await file.text() });
      close();
      onImported(card.interviewerName);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Modal title={`Import a scorecard for ${kit.stage}`} open={open} onClose={close}>
      <FileDrop
        label="Scorecard file"
        accept="application/json,.json"
        formats="a scorecard an interviewer exported from Cairn (.json)"
        hint="It joins this panel as it was submitted, under the interviewer's name."
        onFile={(file) => void importFile(file)}
        error={error}
      />
      <div className="form-actions">
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
