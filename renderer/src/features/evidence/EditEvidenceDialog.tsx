import type { EvidenceOptions } from '#shared/evidence/contract';
import type { EvidenceEntry } from '#shared/evidence/model';
import { sourceName } from '#shared/evidence/words';
import { formatDate } from '#shared/format';
import { call } from '#renderer/api/client';
import { Modal } from '#renderer/components/Modal';
import { useToast } from '#renderer/components/toasts';
import { useEvidenceCapture } from './captureStore';
import { EvidenceForm } from './EvidenceForm';

/** Edit or delete one entry of the log. */
export function EditEvidenceDialog({
  entry,
  options,
  onClose,
}: {
  entry: EvidenceEntry | null;
  options: EvidenceOptions;
  onClose: () => void;
}) {
  const notice = useToast();
  const saved = useEvidenceCapture((s) => s.saved);
  const done = (message: string) => {
    notice(message);
    onClose();
    saved();
  };
  return (
    <Modal title="Edit evidence" open={entry !== null} onClose={onClose}>
      {entry ? (
        <EvidenceForm
          key={entry.id}
          initial={{
            happened: entry.happened,
            shows: entry.shows,
            seenOn: entry.seenOn,
            competencyIds: entry.competencyIds,
            private: entry.private,
            shareable: entry.shareable,
          }}
          options={options}
          sourceLabel={sourceName(entry.source, formatDate)}
          lockedPrivate={entry.source.privateNotes}
          submitLabel="Save evidence"
          onCancel={onClose}
          onSubmit={async (fields) => {
            await call('evidence.update', { id: entry.id, fields });
            done('Evidence saved.');
          }}
          onDelete={async () => {
            await call('evidence.delete', { id: entry.id });
            done('Evidence deleted.');
          }}
        />
      ) : null}
    </Modal>
  );
}
