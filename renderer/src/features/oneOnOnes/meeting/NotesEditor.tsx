import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import type { Meeting } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { Markdown } from '../Markdown';
import { usePrivacy } from '../privacy';
import { SAVE_LABELS, useAutosave } from '../useAutosave';
import { LogSelectionButton } from '../../evidence/LogSelectionButton';
import { useLogSelection } from '../../evidence/useLogSelection';
import { readSelection } from '../../evidence/useSelectedText';
import type { NotesHandle } from './editor/CodeMirrorNotes';
import { useLineCommands } from './useLineCommands';

/** CodeMirror loads with the first notes editor shown, never with the app's first script. */
const CodeMirrorNotes = lazy(() => import('./editor/CodeMirrorNotes'));

interface Props {
  meeting: Meeting;
  which: 'shared' | 'private';
}

/**
 * One notes field: Markdown in a CodeMirror editor, saved as you type (useAutosave), shown
 * rendered when the meeting is read-only or on "Preview". Private notes use the same editor
 * on the private surface, with their own label.
 */
export function NotesEditor({ meeting, which }: Props) {
  const initial = which === 'shared' ? meeting.sharedNotes : meeting.privateNotes;
  // The editor owns the text while typing (no React render per keystroke); `shown` is taken
  // from it on Preview, so the preview and the editor that comes back show what was typed.
  const typed = useRef(initial);
  const [shown, setShown] = useState(initial);
  const [preview, setPreview] = useState(false);
  const { hidden, toggle: togglePrivacy } = usePrivacy();
  const readOnly = meeting.locked || meeting.status === 'moved';
  const { status, change, flush } = useAutosave((value) =>
    call(
      'oneOnOnes.saveNotes',
      which === 'shared'
        ? { meetingId: meeting.id, sharedNotes: value }
        : { meetingId: meeting.id, privateNotes: value },
    ),
  );
  const editor = useRef<NotesHandle | null>(null);
  const section = useRef<HTMLElement>(null);
  const capture = useLogSelection(
    meeting,
    which,
    useCallback(() => editor.current?.selectedText() || readSelection(null, section.current), []),
  );
  const onLineCommand = useLineCommands(meeting);
  const onChange = useCallback(
    (value: string) => {
      typed.current = value;
      change(value);
    },
    [change],
  );
  const isPrivate = which === 'private';
  const id = `notes-${which}`;
  const title = isPrivate ? 'Private notes' : 'Shared notes';

  if (isPrivate && hidden) {
    return (
      <section className="notes notes--private private-block" aria-labelledby={`${id}-heading`}>
        <div className="notes__head">
          <h2 id={`${id}-heading`}>{title}</h2>
          <span className="notes__private-label">Hidden for screen sharing (Ctrl+Shift+H shows them)</span>
          <button
            type="button"
            className="button button--quiet"
            onClick={togglePrivacy}
            aria-keyshortcuts="Control+Shift+H"
          >
            Show
          </button>
        </div>
      </section>
    );
  }
  return (
    <section
      ref={section}
      className={`notes notes--${which}${isPrivate ? ' private-block' : ''}`}
      aria-labelledby={`${id}-heading`}
      onKeyDown={capture.onKeyDown}
    >
      <div className="notes__head">
        <h2 id={`${id}-heading`}>{title}</h2>
        {isPrivate ? <span className="notes__private-label">Only you see these</span> : null}
        <span className="notes__status" role="status" aria-live="polite">
          {SAVE_LABELS[status]}
        </span>
        <LogSelectionButton onLog={capture.log} />
        {isPrivate ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={togglePrivacy}
            aria-keyshortcuts="Control+Shift+H"
            title="Hide every private note for screen sharing (Ctrl+Shift+H)"
          >
            Hide
          </button>
        ) : null}
        {!readOnly ? (
          <button
            type="button"
            className="button button--quiet"
            aria-pressed={preview}
            onClick={() => {
              setShown(typed.current);
              setPreview((p) => !p);
            }}
          >
            {preview ? 'Edit' : 'Preview'}
          </button>
        ) : null}
      </div>
      {readOnly || preview ? (
        <div className="notes__rendered">
          {shown.trim() ? <Markdown text={shown} /> : <p className="muted">No notes.</p>}
        </div>
      ) : (
        <>
          <Suspense fallback={<div className="notes__editor notes__editor--loading" aria-hidden="true" />}>
            <CodeMirrorNotes
              initial={shown}
              label={`${title} (Markdown)`}
              describedBy={`${id}-hint`}
              placeholderText={
                isPrivate ? 'Only for you: impressions, worries, reminders.' : 'Notes you could share with them.'
              }
              onChange={onChange}
              onBlur={flush}
              onLineCommand={onLineCommand}
              onReady={(handle) => (editor.current = handle)}
            />
          </Suspense>
          <p id={`${id}-hint`} className="notes__hint">
            {isPrivate
              ? 'Never in an export meant for them. Markdown, saved as you type.'
              : 'Markdown, saved as you type · Alt+Shift+A: line to action · Esc then Tab: leave · ?: all shortcuts'}
          </p>
        </>
      )}
    </section>
  );
}
