import { useState, type FormEvent, type ReactNode } from 'react';
import type { ErasedKind } from '#shared/backups/model';
import { errorText } from '#renderer/api/serverErrors';
import { TextField } from '#renderer/components/InputFields';
import { BackupsAfterErase, removeBackupsHolding, useBackupsHolding } from './BackupsAfterErase';

/**
 * The form of every erase dialog: what goes (the children), the backups that still hold them,
 * the name typed out, then Erase and Keep. Erase waits for the name; the store checks it again.
 */
export function EraseForm({
  kind,
  id,
  name,
  open,
  erase,
  onErased,
  onKeep,
  children,
}: {
  kind: ErasedKind;
  id: string;
  name: string;
  open: boolean;
  /** Erases in the store, given the name as typed. */
  erase: (confirmName: string) => Promise<unknown>;
  onErased: () => void;
  onKeep: () => void;
  children: ReactNode;
}) {
  const holding = useBackupsHolding(kind, id, open);
  const [removeBackups, setRemoveBackups] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    try {
      await erase(typed);
      if (removeBackups) await removeBackupsHolding(kind, id);
      onErased();
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      {children}
      <BackupsAfterErase name={name} holding={holding.data} remove={removeBackups} onRemoveChange={setRemoveBackups} />
      {/* Drawn once the erase preview has loaded, after the dialog opened and focused itself: the name to type is next. */}
      <TextField
        label={`Type “${name}” to confirm`}
        error={error}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        autoFocus
      />
      <div className="form-actions">
        <button type="submit" className="button button--danger" disabled={typed.trim() !== name}>
          Erase {name}
        </button>
        <button type="button" className="button" onClick={onKeep}>
          Keep
        </button>
      </div>
    </form>
  );
}
