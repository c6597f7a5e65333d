import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/**
 * The editor draws with the app's tokens (custom properties reach into its shadow root), so
 * both themes hold without a second editor theme. Its box size comes from the host
 * (.notes__editor in meeting.css). Markup stays visible but quiet: the words are the content.
 */
export const notesTheme = EditorView.theme({
  '&': { height: '100%', color: 'var(--color-text)', backgroundColor: 'transparent' },
  '.cm-scroller': {
    overflow: 'auto',
    fontFamily: 'var(--font-sans)',
    fontSize: 'var(--text-md)',
    lineHeight: '1.6',
  },
  '.cm-content': { padding: 'var(--space-3) var(--space-4)', caretColor: 'var(--color-text)' },
  '.cm-line': { padding: '0' },
  '.cm-placeholder': { color: 'var(--color-text-muted)' },
  '&.cm-focused': { outline: 'var(--focus-ring)', outlineOffset: '-2px' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--color-text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground': {
    backgroundColor: 'var(--color-accent-soft)',
  },
});

const notesHighlight = HighlightStyle.define([
  { tag: tags.heading1, fontSize: '1.35em', fontWeight: '650' },
  { tag: tags.heading2, fontSize: '1.2em', fontWeight: '650' },
  { tag: [tags.heading3, tags.heading4, tags.heading5, tags.heading6], fontWeight: '650' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: [tags.link, tags.url], color: 'var(--color-accent)', textDecoration: 'underline' },
  { tag: tags.monospace, fontFamily: 'var(--font-mono)', fontSize: '0.92em' },
  { tag: tags.quote, color: 'var(--color-text-muted)' },
  { tag: [tags.processingInstruction, tags.contentSeparator, tags.meta], color: 'var(--color-text-muted)' },
  { tag: tags.list, color: 'var(--color-text-muted)' },
]);

export const notesHighlighting = syntaxHighlighting(notesHighlight);
