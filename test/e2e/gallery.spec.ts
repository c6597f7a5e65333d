import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const run = promisify(execFile);

/** Width and height from a PNG's header (the IHDR chunk right after the signature). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the screenshot gallery runs: one screen, one theme, one size', async () => {
  // A whole Playwright run of its own (the gallery config), so this proves the command, not a copy of it.
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'cairn-gallery-'));
  try {
    // Playwright's own worker variables would make the inner run think it is a worker.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TEST_|PW_)/.test(k)));
    await run(
      'npx',
      ['playwright', 'test', '-c', 'playwright.gallery.config.ts', '--project', 'dark-1024', '--grep', ' teams$'],
      { env: { ...env, GALLERY_DIR: dir, GALLERY_WORKERS: '1' } },
    );
    // The window as shown, and the whole page beside it if the page is taller than the window.
    expect(readdirSync(dir)).toContain('teams--dark-1024.png');
    expect(readdirSync(dir).every((f) => f.startsWith('teams--dark-1024'))).toBe(true);
    expect(pngSize(join(dir, 'teams--dark-1024.png'))).toEqual({ width: 1024, height: 700 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
