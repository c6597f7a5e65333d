import type { EditorState } from '@codemirror/state';

/** List bullets, numbers, task boxes, heading and quote marks: Markdown, not words of the item. */
const LEADING_MARKUP = /^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+(?:\[[ xX]\]\s+)?)?/;

/** The words of one line of notes, without its Markdown markup. */
export function itemTextOf(line: string): string {
  return line.replace(LEADING_MARKUP, '').trim();
}

/**
 * What "make this an action / a topic" takes from the editor: the selection when there is
 * one (each line stripped of its markup, joined by spaces), otherwise the line the cursor is on.
 */
export function lineOrSelection(state: EditorState): string {
  const { from, to, head } = state.selection.main;
  const source = from === to ? state.doc.lineAt(head).text : state.sliceDoc(from, to);
  return source.split('\n').map(itemTextOf).filter(Boolean).join(' ');
}

/** The selected passage as typed (evidence keeps the manager's own words and markup). */
export function selectedText(state: EditorState): string {
  const { from, to } = state.selection.main;
  return state.sliceDoc(from, to).trim();
}
