import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Comparison } from './cases';
import { median } from './measure';

const here = import.meta.dirname;

/** The long note of issue 13: typing must stay instant on it. */
export const LONG_NOTE_WORDS = 20_000;
const KEYSTROKES = 30;

export const typingComparisons: Comparison[] = [
  {
    operation: `typing in the 1:1 notes editor, ${LONG_NOTE_WORDS.toLocaleString('en-GB')}-word note`,
    op: 'type-notes-editor',
    baseline: 'type-plain-textarea',
    baselineLabel: 'typing in a plain textarea, same text',
    // Both are bound by the frame (about 16 ms); CodeMirror may cost a little, never a frame more.
    target: { kind: 'at-most', ratio: 1.5 },
    note: 'keydown to the frame after it, median of every keystroke, Chromium (typing.ts)',
  },
];

/** Times typing (typing.ts), one process per run, on the renderer measureRendering just built. */
export function measureTyping(medians: Record<string, number>, runs: number): void {
  const editor: number[] = [];
  const textarea: number[] = [];
  for (let r = 0; r < Math.min(runs, 3); r++) {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(here, 'typing.ts'), String(LONG_NOTE_WORDS), String(KEYSTROKES), '3'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const figures = JSON.parse(out.trim().split('\n').pop()!) as { editorMs: number; textareaMs: number };
    editor.push(figures.editorMs);
    textarea.push(figures.textareaMs);
  }
  medians['type-notes-editor'] = median(editor);
  medians['type-plain-textarea'] = median(textarea);
}
