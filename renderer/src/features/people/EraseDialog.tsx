import { useState } from 'react';
import { formatNumber } from '#shared/format';
import type { ErasurePreview } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { Field } from '#renderer/components/Field';
import { Modal } from '#renderer/components/Modal';
import { BackupsAfterErase, removeBackupsHolding, useBackupsHolding } from '../backups/BackupsAfterErase';

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
  const holding = useBackupsHolding('person', personId, open);
  const [removeBackups, setRemoveBackups] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const name = preview.data?.name ?? '';

  const erase = async () => {
    try {
      await call('people.erase', { id: personId, confirmName: typed });
      if (removeBackups) await removeBackupsHolding('person', personId);
      onErased(name);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };

  return (
    <Modal title="Erase this person for good?" open={open} onClose={onClose}>
      {preview.error ? <ErrorMessage error={preview.error} /> : null}
      {preview.data ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void erase();
          }}
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
          <BackupsAfterErase
            name={name}
            holding={holding.data}
            remove={removeBackups}
            onRemoveChange={setRemoveBackups}
          />
          <Field label={`Type “${name}” to confirm`} error={error?.message}>
            {(ids) => (
              // The list arrives after the dialog opens, so the browser focused the dialog itself: the name to type is next.
              <input {...ids} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" autoFocus />
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button--danger" disabled={typed.trim() !== name}>
              Erase {name}
            </button>
            <button type="button" className="button" onClick={onClose}>
              Keep
            </button>
          </div>
        </form>
      ) : null}
    </Modal>
  );
}
