import { useState, type FormEvent, type ReactNode } from 'react';
import type { Expectation } from '#shared/ladders/model';
import type { LadderOutline } from '#shared/ladders/view';
import { Modal } from '#renderer/components/Modal';
import { FormActions } from '#renderer/components/FormActions';
import { NamedOptions } from '#renderer/components/LabelledOptions';
import { SelectField, TextAreaField, TextField } from '#renderer/components/InputFields';

export type Editing =
  | { kind: 'cell'; competency: string; level: string }
  | { kind: 'competency' }
  | { kind: 'level'; track: string }
  | { kind: 'rename' }
  | null;

interface DialogProps {
  doc: LadderOutline;
  /** The wording of the cell being edited, as the matrix loaded it. */
  cell: Expectation | undefined;
  editing: Editing;
  onClose: () => void;
  /** Saves and resolves to an error message, or null when saved. */
  onSave: (kind: NonNullable<Editing>['kind'], values: Record<string, string>) => Promise<string | null>;
}

/** The small forms of the ladder editor, one modal at a time. */
export function LadderDialogs({ doc, cell, editing, onClose, onSave }: DialogProps) {
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!editing) return;
    const values = Object.fromEntries(new FormData(e.currentTarget).entries()) as Record<string, string>;
    setError(await onSave(editing.kind, values));
  };
  const close = () => {
    setError(null);
    onClose();
  };
  let title = '';
  let body: ReactNode = null;
  if (editing?.kind === 'cell') {
    const e = cell;
    const c = doc.competencies.find((x) => x.id === editing.competency);
    title = `${c?.name ?? ''} at ${doc.levels.find((l) => l.id === editing.level)?.name ?? ''}`;
    body = (
      <>
        <TextAreaField
          label="Expectation"
          name="text"
          rows={5}
          defaultValue={e?.text ?? ''}
          hint="Leave empty when this level expects nothing here."
        />
        <TextAreaField
          label="Examples"
          name="examples"
          rows={5}
          defaultValue={e?.examples.join('\n') ?? ''}
          hint="One example per line."
        />
      </>
    );
  } else if (editing?.kind === 'competency') {
    title = 'Add a competency';
    body = (
      <>
        <TextField label="Name" name="name" defaultValue="" required />
        <SelectField label="Area" name="area" defaultValue={doc.areas[0]?.id}>
          <NamedOptions items={doc.areas} />
          <option value="">A new area…</option>
        </SelectField>
        <TextField label="New area name" name="newArea" defaultValue="" hint="Only when you chose a new area." />
      </>
    );
  } else if (editing?.kind === 'level') {
    title = `Add a level to ${doc.tracks.find((t) => t.id === editing.track)?.name ?? 'the track'}`;
    body = (
      <TextField label="Level name" name="name" defaultValue="" required hint="It goes above the current top level." />
    );
  } else if (editing?.kind === 'rename') {
    title = 'Rename the ladder';
    body = <TextField label="Ladder name" name="name" defaultValue={doc.name} required />;
  }
  return (
    <Modal title={title} open={editing !== null} onClose={close}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {body}
        {error ? (
          <p className="error-message" role="alert">
            {error}
          </p>
        ) : null}
        <FormActions submitLabel="Save" onCancel={close} />
      </form>
    </Modal>
  );
}
