import { useState, type FormEvent, type ReactNode } from 'react';
import { plural } from '#shared/format';
import type { Expectation } from '#shared/ladders/model';
import type { LadderOutline } from '#shared/ladders/view';
import { FormActions } from '#renderer/components/FormActions';
import { FormError } from '#renderer/components/FormError';
import { SelectField, TextAreaField, TextField } from '#renderer/components/InputFields';
import { NamedOptions } from '#renderer/components/LabelledOptions';
import { Modal } from '#renderer/components/Modal';

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
  /** The version shown, and how many assessments were made on it: those keep it, so a save makes the next one. */
  version: { number: number; assessments: number };
  onClose: () => void;
  /** Saves and resolves to an error message, or null when saved. */
  onSave: (kind: NonNullable<Editing>['kind'], values: Record<string, string>) => Promise<string | null>;
}

/** What the dialog's button does, in the words of the change. */
const SUBMIT_LABEL = {
  cell: 'Save expectation',
  competency: 'Add competency',
  level: 'Add level',
  rename: 'Rename ladder',
} as const;

/** Said before the save, not after: a ladder that assessments use keeps that version and gets a new one. */
function VersionNote({ version }: { version: DialogProps['version'] }) {
  if (version.assessments === 0) return null;
  return (
    <p className="ladder-version-note" role="note">
      {plural(version.assessments, 'assessment')} {version.assessments === 1 ? 'uses' : 'use'} version {version.number}:
      saving makes version {version.number + 1}, and {version.assessments === 1 ? 'it keeps' : 'they keep'} the wording{' '}
      {version.assessments === 1 ? 'it was' : 'they were'} made with.
    </p>
  );
}

/** A competency goes into an area of the ladder, or a new one named here (its name field only shows then). */
function CompetencyFields({ doc }: { doc: LadderOutline }) {
  const [area, setArea] = useState(doc.areas[0]?.id ?? '');
  return (
    <>
      <TextField label="Name" name="name" defaultValue="" required />
      <SelectField label="Area" name="area" value={area} onChange={(e) => setArea(e.target.value)}>
        <NamedOptions items={doc.areas} />
        <option value="">A new area…</option>
      </SelectField>
      {area === '' ? <TextField label="New area name" name="newArea" defaultValue="" required /> : null}
    </>
  );
}

/** The small forms of the ladder editor, one modal at a time. */
export function LadderDialogs({ doc, cell, editing, version, onClose, onSave }: DialogProps) {
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
    const c = doc.competencies.find((x) => x.id === editing.competency);
    title = `${c?.name ?? ''} at ${doc.levels.find((l) => l.id === editing.level)?.name ?? ''}`;
    body = (
      <>
        <TextAreaField
          label="Expectation"
          name="text"
          rows={5}
          defaultValue={cell?.text ?? ''}
          hint="Leave empty when this level expects nothing here."
        />
        <TextAreaField
          label="Examples"
          name="examples"
          rows={5}
          defaultValue={cell?.examples.join('\n') ?? ''}
          hint="One example per line."
        />
      </>
    );
  } else if (editing?.kind === 'competency') {
    title = 'Add a competency';
    body = <CompetencyFields doc={doc} />;
  } else if (editing?.kind === 'level') {
    const track = doc.tracks.find((t) => t.id === editing.track)?.name;
    // Levels are ordered within their track, so the last of it is the one the new level goes above.
    const top = doc.levels.filter((l) => l.track === editing.track).at(-1)?.name;
    title = track ? `Add a level to the ${track} track` : 'Add a level';
    body = (
      <TextField
        label="Level name"
        name="name"
        defaultValue=""
        required
        hint={top ? `It goes above ${top}.` : 'It goes above the current top level.'}
      />
    );
  } else if (editing?.kind === 'rename') {
    title = 'Rename the ladder';
    body = <TextField label="Ladder name" name="name" defaultValue={doc.name} required />;
  }
  return (
    <Modal title={title} open={editing !== null} onClose={close}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {body}
        <VersionNote version={version} />
        <FormError message={error ?? undefined} />
        <FormActions submitLabel={editing ? SUBMIT_LABEL[editing.kind] : 'Save'} onCancel={close} />
      </form>
    </Modal>
  );
}
