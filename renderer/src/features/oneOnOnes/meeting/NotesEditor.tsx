import { useRef, useState } from 'react';
import type { Meeting } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { Markdown } from '../Markdown';
import { usePrivacy } from '../privacy';
import { SAVE_LABELS, useAutosave } from '../useAutosave';
import { LogSelectionButton } from '../../evidence/LogSelectionButton';
import { useLogSelection } from '../../evidence/useLogSelection';
import { readSelection } from '../../evidence/useSelectedText';

interface Props {
  meeting: Meeting;
  which: 'shared' | 'private';
}

/** One notes field: Markdown typed in a textarea, saved as you type, previewed on demand. */
export function NotesEditor({ meeting, which }: Props) {
  const initial = which === 'shared' ? meeting.sharedNotes : meeting.privateNotes;
  const [text, setText] = useState(initial);
  const [preview, setPreview] = useState(false);
  const hidden = usePrivacy((s) => s.hidden);
  const readOnly = meeting.locked || meeting.status === 'moved';
  const { status, change, flush } = useAutosave((value) =>
    call(
      'oneOnOnes.saveNotes',
      which === 'shared'
        ? { meetingId: meeting.id, sharedNotes: value }
        : { meetingId: meeting.id, privateNotes: value },
    ),
  );
  const input = useRef<HTMLTextAreaElement>(null);
  const section = useRef<HTMLElement>(null);
  const capture = useLogSelection(meeting, which, () => readSelection(input.current, section.current));
  const isPrivate = which === 'private';
  const id = `notes-${which}`;
  const title = isPrivate ? 'Private notes' : 'Shared notes';

  if (isPrivate && hidden) {
    return (
      <section className="panel private-block" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{title}</h2>
        <p className="muted">Hidden for screen sharing. Press Ctrl+Shift+H to show them.</p>
      </section>
    );
  }
  return (
    <section
      ref={section}
      className={`panel notes${isPrivate ? ' private-block' : ''}`}
      aria-labelledby={`${id}-heading`}
      onKeyDown={capture.onKeyDown}
    >
      <div className="notes__head">
        <h2 id={`${id}-heading`}>
          {title}
          {isPrivate ? (
            <span className="private-block__label"> · only you see these, never exported for sharing</span>
          ) : null}
        </h2>
        <span className="notes__status" role="status" aria-live="polite">
          {SAVE_LABELS[status]}
        </span>
        <LogSelectionButton onLog={capture.log} />
        {!readOnly ? (
          <button
            type="button"
            className="button button--quiet"
            aria-pressed={preview}
            onClick={() => setPreview((p) => !p)}
          >
            {preview ? 'Edit' : 'Preview'}
          </button>
        ) : null}
      </div>
      {readOnly || preview ? (
        text.trim() ? (
          <Markdown text={text} />
        ) : (
          <p className="muted">No notes.</p>
        )
      ) : (
        <>
          <label htmlFor={id} className="visually-hidden">
            {title} (Markdown)
          </label>
          <textarea
            ref={input}
            id={id}
            className="notes__input"
            value={text}
            rows={8}
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              setText(e.target.value);
              change(e.target.value);
            }}
            onBlur={flush}
          />
          <p id={`${id}-hint`} className="field__hint">
            Markdown: **bold**, - lists, https:// links. Saved as you type.
          </p>
        </>
      )}
    </section>
  );
}
