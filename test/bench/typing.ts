/**
 * Typing in the 1:1 notes editor, in Chromium on the built renderer: keystroke to the frame
 * that shows it, on a meeting whose shared notes are a long note (N words), against typing in
 * a plain <textarea> holding the same text in the same page and run (the baseline). Rounds of
 * K keystrokes alternate between the two, so load on a shared machine hits both alike.
 * Prints one line of JSON.
 *   node --import tsx test/bench/typing.ts <words> <keystrokes> <rounds>
 */
import { chromium, type Page } from '@playwright/test';
import { emptyPersonFields } from '#shared/people/model';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { createTestApp, type TestApp } from '../support/testApp';
import { median } from './measure';
import { createRng } from './prng';
import { paragraph } from './words';
import { ORIGIN, serveBuiltRenderer } from './servedRenderer';

/** A long note as a manager writes one: headed sections of paragraphs and bullet points. */
export function longNote(words: number, seed = 20260302): string {
  const rng = createRng(seed);
  const parts: string[] = [];
  let count = 0;
  for (let section = 1; count < words; section++) {
    parts.push(`## Week ${section}`);
    const text = paragraph(rng, 4);
    parts.push(text, ...['- ', '- [ ] ', '- '].map((mark) => `${mark}${paragraph(rng, 1, 8)}`));
    count = parts.join(' ').split(/\s+/).length;
  }
  return parts
    .join('\n\n')
    .split(/\s+/)
    .slice(0, words)
    .join(' ')
    .replace(/ (##|- )/g, '\n\n$1');
}

function arrange(app: TestApp, note: string): string {
  const person = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace' });
  app.call('oneOnOnes.saveSeries', {
    personId: person.id,
    cadence: 'weekly',
    everyDays: null,
    firstDate: '2035-12-31',
    time: '10:00',
    timeZone: 'UTC',
  });
  const meeting = app.call('oneOnOnes.prep', { personId: person.id }).upcoming!;
  app.call('oneOnOnes.saveNotes', { meetingId: meeting.id, sharedNotes: note });
  return meeting.id;
}

/**
 * In the page: each keydown's time to the frame after it (a frame, then a task after that
 * frame, which runs once it has been painted), collected in window.__keyToPaint.
 */
const RECORD_KEY_TO_PAINT = `
  window.__keyToPaint = [];
  addEventListener('keydown', (e) => {
    if (e.key.length !== 1) return; // typed characters only, not the moves between rounds
    const start = e.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.__keyToPaint.push(performance.now() - start)));
  }, true);
`;

async function typeRound(page: Page, keystrokes: number): Promise<number[]> {
  await page.evaluate('window.__keyToPaint.length = 0');
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.press(i % 6 === 5 ? ' ' : 'e');
    await page.waitForFunction((n) => (globalThis as { __keyToPaint?: number[] }).__keyToPaint!.length > n, i);
  }
  return (await page.evaluate('window.__keyToPaint.slice()')) as number[];
}

async function main(words: number, keystrokes: number, rounds: number): Promise<void> {
  const app = createTestApp({ now: new Date('2035-12-31T09:00:00Z') });
  app.call('vault.recoveryKeyStored', {});
  const note = longNote(words);
  const meetingId = arrange(app, note);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await serveBuiltRenderer(page, app);
    await page.addInitScript(RECORD_KEY_TO_PAINT);
    await page.goto(`${ORIGIN}/index.html#/one-on-ones/meeting/${meetingId}`);
    const editor = page.getByLabel('Shared notes (Markdown)');
    await editor.waitFor();
    // The baseline: a plain textarea with the same text, in the same page.
    await page.evaluate(`(() => {
      const area = document.createElement('textarea');
      area.id = 'bench-textarea';
      area.setAttribute('aria-label', 'Baseline');
      area.style.cssText = 'position: fixed; inset: 40px; z-index: 100';
      area.value = ${JSON.stringify(note)};
      document.body.append(area);
    })()`);
    const textarea = page.locator('#bench-textarea');
    const editorMs: number[] = [];
    const textareaMs: number[] = [];
    for (let r = 0; r < rounds + 1; r++) {
      // Typing at the end of the note, where a manager adds to it.
      await editor.focus();
      await page.keyboard.press('Control+End');
      const e = await typeRound(page, keystrokes);
      await textarea.focus();
      await page.keyboard.press('Control+End');
      const t = await typeRound(page, keystrokes);
      if (r > 0) {
        // The first round warms the JIT.
        editorMs.push(...e);
        textareaMs.push(...t);
      }
    }
    const saved = app.call('oneOnOnes.meeting', { meetingId }).sharedNotes.length;
    process.stdout.write(
      `${JSON.stringify({
        words: note.split(/\s+/).length,
        characters: note.length,
        keystrokes: editorMs.length,
        editorMs: median(editorMs),
        textareaMs: median(textareaMs),
        savedCharacters: saved,
      })}\n`,
    );
  } finally {
    await browser.close();
    app.close();
  }
}

if (process.argv[1]?.endsWith('typing.ts'))
  void main(Number(process.argv[2] ?? 20000), Number(process.argv[3] ?? 30), Number(process.argv[4] ?? 3));
