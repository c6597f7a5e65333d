import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { indentUnit } from '@codemirror/language';
import { EditorState, Prec, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, keymap, placeholder } from '@codemirror/view';
import { lineOrSelection } from './lineText';
import { NOTES_KEYS, type LineCommand } from './notesKeys';
import { makeOrToggleTask, wrapWith } from './tasks';
import { notesHighlighting, notesTheme } from './theme';

export interface NotesCallbacks {
  /** The document changed (typing, paste, undo): the whole text, for autosave. */
  onChange: (text: string) => void;
  /** Focus left the editor: save now. */
  onBlur: () => void;
  /** A line-to-item shortcut, with the words taken from the line or selection. */
  onLineCommand: (command: LineCommand, text: string) => void;
}

interface Options {
  label: string;
  describedBy: string;
  placeholderText: string;
  callbacks: () => NotesCallbacks;
}

const LINE_COMMANDS: LineCommand[] = ['actionMine', 'actionTheirs', 'nextTime'];

/**
 * Alt+Shift+letter by physical key: CodeMirror's keymap reads Alt combinations on macOS as the
 * symbol they type, and its default keymap takes Alt+Shift+A for block comments.
 */
function lineCommandKeys(callbacks: () => NotesCallbacks) {
  return EditorView.domEventHandlers({
    keydown(event, view) {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return false;
      const command = LINE_COMMANDS.find((c) => NOTES_KEYS[c].code === event.code);
      if (!command) return false;
      event.preventDefault();
      const text = lineOrSelection(view.state);
      if (text) callbacks().onLineCommand(command, text);
      return true;
    },
  });
}

/**
 * Markdown notes: GitHub-flavoured Markdown (task lists, strikethrough, autolinks), Enter
 * continuing lists, undo history, Tab indenting (Esc then Tab leaves, CodeMirror's own rule
 * so the editor never traps focus), the line-to-item shortcuts and the app's look.
 * `callbacks` is read on every call, so the React side can change them without a new editor.
 */
export function notesExtensions({ label, describedBy, placeholderText, callbacks }: Options): Extension[] {
  return [
    history(),
    drawSelection(),
    EditorView.lineWrapping,
    indentUnit.of('  '),
    EditorState.tabSize.of(2),
    markdown({ base: markdownLanguage }),
    notesHighlighting,
    notesTheme,
    placeholder(placeholderText),
    EditorView.contentAttributes.of({
      'aria-label': label,
      'aria-describedby': describedBy,
      'aria-multiline': 'true',
      role: 'textbox',
      spellcheck: 'true',
    }),
    Prec.highest(lineCommandKeys(callbacks)),
    Prec.high(
      keymap.of([
        { key: NOTES_KEYS.task.cm, run: makeOrToggleTask },
        { key: NOTES_KEYS.bold.cm, run: wrapWith('**') },
        { key: NOTES_KEYS.italic.cm, run: wrapWith('*') },
      ]),
    ),
    keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) callbacks().onChange(update.state.doc.toString());
      if (update.focusChanged && !update.view.hasFocus) callbacks().onBlur();
    }),
  ];
}
