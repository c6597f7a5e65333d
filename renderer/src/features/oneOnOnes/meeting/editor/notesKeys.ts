/**
 * The notes editor's own shortcuts, bound from this list (a physical key for the Alt+Shift
 * ones, CodeMirror's notation for the rest) and shown from it in the `?` sheet, so the two
 * never disagree.
 */
export const NOTES_KEYS = {
  actionMine: { code: 'KeyA', words: 'Alt+Shift+A', label: 'Line or selection becomes an action for me' },
  actionTheirs: { code: 'KeyT', words: 'Alt+Shift+T', label: 'Line or selection becomes an action for them' },
  nextTime: { code: 'KeyY', words: 'Alt+Shift+Y', label: 'Line or selection becomes a topic for next time' },
  task: { cm: 'Mod-Enter', words: 'Ctrl+Enter', label: 'Start a task, or tick / untick it' },
  bold: { cm: 'Mod-b', words: 'Ctrl+B', label: 'Bold' },
  italic: { cm: 'Mod-i', words: 'Ctrl+I', label: 'Italic' },
} as const;

/** Keys CodeMirror and its Markdown mode bring, listed so the sheet is complete. */
export const BUILT_IN_NOTES_KEYS = [
  { words: 'Enter', label: 'New line; continues a list or task list' },
  { words: 'Tab / Shift+Tab', label: 'Indent or outdent the line (nested lists)' },
  { words: 'Esc, then Tab', label: 'Leave the editor (Tab moves on instead of indenting)' },
  { words: 'Ctrl+Z / Ctrl+Shift+Z', label: 'Undo / redo' },
  { words: 'Ctrl+Shift+E', label: 'Log the selected passage as evidence' },
] as const;

export type LineCommand = 'actionMine' | 'actionTheirs' | 'nextTime';
