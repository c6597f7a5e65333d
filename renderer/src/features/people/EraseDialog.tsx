import { formatNumber } from '#shared/format';
import type { ErasurePreview } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { Modal } from '#renderer/components/Modal';
import { EraseForm } from '../backups/EraseForm';

/** The label already agrees with the count (main chose the word); the number is written the user's way. */
function describe(item: ErasurePreview['items'][number]): string {
  return `${formatNumber(item.count)} ${item.label}`;
}

/** Erasing cannot be undone, so the dialog lists what goes and asks for the name typed out. */
export function EraseDialog({
  personId,
  open,
  onClose,
  onErased,
}: {
  personId: string;
  open: boolean;
  onClose: () => void;
  onErased: (name: string) => void;
}) {
  const preview = useRequest(
    () => (open ? call('people.erasePreview', { id: personId }) : Promise.resolve(null)),
    `${personId}:${open}`,
  );
  const name = preview.data?.name ?? '';

  return (
    <Modal title="Erase this person for good?" open={open} onClose={onClose}>
      {preview.error ? <ErrorMessage error={preview.error} /> : null}
      {preview.data ? (
        <EraseForm
          kind="person"
          id={personId}
          name={name}
          open={open}
          erase={(confirmName) => call('people.erase', { id: personId, confirmName })}
          onErased={() => onErased(name)}
          onKeep={onClose}
        >
          <p>
            This deletes everything Cairn holds about <strong>{name}</strong>. It cannot be undone. To keep their
            history, archive them instead.
          </p>
          <ul className="erase-list" aria-label="What will be deleted">
            {/* Only what is there: "0 mentoring pairs" tells the user nothing about this person. */}
            {preview.data.items
              .filter((item) => item.count > 0)
              .map((item) => (
                <li key={item.label}>{describe(item)}</li>
              ))}
          </ul>
        </EraseForm>
      ) : null}
    </Modal>
  );
}
