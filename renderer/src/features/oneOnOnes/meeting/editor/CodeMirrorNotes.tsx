import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { notesExtensions, type NotesCallbacks } from './extensions';
import { lineOrSelection, selectedText } from './lineText';

/** What the notes panel asks of its editor, without knowing it is CodeMirror. */
export interface NotesHandle {
  selectedText: () => string;
  lineOrSelection: () => string;
  focus: () => void;
}

interface Props extends NotesCallbacks {
  initial: string;
  label: string;
  describedBy: string;
  placeholderText: string;
  onReady: (handle: NotesHandle | null) => void;
}

/**
 * The notes editor: CodeMirror 6 mounted once per meeting and notes field. The text lives in
 * the editor (not in React state), so a keystroke on a long note repaints one line, not the page.
 *
 * It lives in a shadow root: CodeMirror injects its styles at run time, and our content
 * security policy (style-src 'self') refuses <style> elements in the document; in a shadow
 * root CodeMirror uses constructed style sheets instead, which the policy allows.
 */
export default function CodeMirrorNotes({
  initial,
  label,
  describedBy,
  placeholderText,
  onReady,
  ...callbacks
}: Props) {
  const host = useRef<HTMLDivElement>(null);
  const latest = useRef<NotesCallbacks>(callbacks);
  useEffect(() => {
    latest.current = callbacks;
  });
  useEffect(() => {
    const shadow = host.current!.shadowRoot ?? host.current!.attachShadow({ mode: 'open' });
    const view = new EditorView({
      parent: shadow,
      state: EditorState.create({
        doc: initial,
        extensions: notesExtensions({ label, describedBy, placeholderText, callbacks: () => latest.current }),
      }),
    });
    onReady({
      selectedText: () => selectedText(view.state),
      lineOrSelection: () => lineOrSelection(view.state),
      focus: () => view.focus(),
    });
    return () => {
      onReady(null);
      view.destroy();
    };
    // Mounted once: the parent keys this component by meeting and lock state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return <div ref={host} className="notes__editor" />;
}
