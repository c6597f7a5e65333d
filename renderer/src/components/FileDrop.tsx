import { useId, useState, type DragEvent, type ReactNode } from 'react';
import { FileUp } from 'lucide-react';

interface FileDropProps {
  /** The field's name; also the file input's accessible name. */
  label: string;
  /** The input's accept list, e.g. ".json,application/json". */
  accept: string;
  /** The formats in a person's words, e.g. "JSON (a Cairn export)". */
  formats: string;
  onFile: (file: File) => void;
  hint?: ReactNode;
  error?: string | null | undefined;
}

/**
 * A file choice that says what it takes: a drop area naming the formats, with a "Choose a
 * file…" button (the native file input, visually hidden but focusable, so keyboard and screen
 * readers use the browser's own control), and the chosen file's name once there is one.
 */
export function FileDrop({ label, accept, formats, onFile, hint, error }: FileDropProps) {
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const take = (file: File | undefined) => {
    if (!file) return;
    setChosen(file.name);
    onFile(file);
  };
  const describedBy = [`${id}-formats`, hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    take(e.dataTransfer.files[0]);
  };
  return (
    <div className={`field file-drop-field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <div
        className={`file-drop${dragging ? ' file-drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <FileUp className="icon file-drop__icon" aria-hidden="true" />
        <div className="file-drop__text">
          <span id={`${id}-formats`}>{chosen ? `Chosen: ${chosen}` : `Drop a file here. Takes ${formats}.`}</span>
        </div>
        <input
          id={id}
          type="file"
          className="file-drop__input"
          accept={accept}
          aria-describedby={describedBy}
          {...(error ? { 'aria-invalid': true } : {})}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared, so choosing the same file again (after fixing it) reads it again.
            e.target.value = '';
            take(file);
          }}
        />
        <label htmlFor={id} className="button file-drop__button" aria-hidden="true">
          {chosen ? 'Choose another file…' : 'Choose a file…'}
        </label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
