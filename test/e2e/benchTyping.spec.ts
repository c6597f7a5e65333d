import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

// The typing benchmark's machinery at a tiny scale, on the built renderer: it opens a meeting
// with a long note, types in the editor and in a plain textarea, and reports. Timings are
// printed by `npm run bench`, never asserted here.
test('the typing benchmark types into the notes editor and a textarea and reports both', () => {
  test.setTimeout(90_000);
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'test/bench/typing.ts', '300', '4', '1'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const figures = JSON.parse(out.trim().split('\n').pop()!) as {
    words: number;
    characters: number;
    keystrokes: number;
    editorMs: number;
    textareaMs: number;
    savedCharacters: number;
  };
  expect(figures.words).toBe(300);
  expect(figures.keystrokes).toBe(4);
  expect(figures.editorMs).toBeGreaterThan(0);
  expect(figures.textareaMs).toBeGreaterThan(0);
  // What was typed in the editor (two rounds of four keys) reached the store through autosave.
  expect(figures.savedCharacters).toBe(figures.characters + 8);
});
