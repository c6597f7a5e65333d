import { EditorSelection } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

const TASK_BOX = /^(\s*(?:[-*+]|\d+[.)])\s+\[)([ xX])(\])/;

/** Ticks or unticks the task box of the line the cursor is on; false when the line is no task. */
export function toggleTask(view: EditorView): boolean {
  const line = view.state.doc.lineAt(view.state.selection.main.head);
  const match = TASK_BOX.exec(line.text);
  if (!match) return false;
  const at = line.from + match[1]!.length;
  view.dispatch({ changes: { from: at, to: at + 1, insert: match[2] === ' ' ? 'x' : ' ' }, userEvent: 'input' });
  return true;
}

/** Starts a task ("- [ ] ") on the current line, or ticks it when it already is one. */
export function makeOrToggleTask(view: EditorView): boolean {
  if (toggleTask(view)) return true;
  const line = view.state.doc.lineAt(view.state.selection.main.head);
  const bullet = /^(\s*)(?:[-*+]\s+)?/.exec(line.text)!;
  view.dispatch({
    changes: { from: line.from, to: line.from + bullet[0].length, insert: `${bullet[1]}- [ ] ` },
    userEvent: 'input',
  });
  return true;
}

/** Wraps the selection in `mark` (bold, italic), or inserts a pair and puts the cursor inside. */
export function wrapWith(mark: string) {
  return (view: EditorView): boolean => {
    view.dispatch(
      view.state.changeByRange((range) => ({
        changes: [
          { from: range.from, insert: mark },
          { from: range.to, insert: mark },
        ],
        range: EditorSelection.range(range.from + mark.length, range.to + mark.length),
      })),
    );
    return true;
  };
}
