/**
 * The "selected text" of a notes editor, whatever the editor is. A textarea keeps its own
 * selection (it survives a click on a button); rendered notes (read-only or preview) use the
 * document's selection, taken only when it lies inside the notes. A CodeMirror view passes
 * `view.state.sliceDoc(from, to)` of its main selection instead.
 */
export type SelectionReader = () => string;

export function readSelection(textarea: HTMLTextAreaElement | null, container: HTMLElement | null): string {
  if (textarea && textarea.selectionEnd > textarea.selectionStart) {
    return textarea.value.slice(textarea.selectionStart, textarea.selectionEnd).trim();
  }
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !container) return '';
  return container.contains(selection.anchorNode) ? selection.toString().trim() : '';
}
