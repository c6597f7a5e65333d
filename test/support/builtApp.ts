import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
export const builtMain = join(root, 'out/main/index.js');

/** The newest modification time of the sources the main and preload bundles are built from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.tsx?$/.test(entry.name))
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * `npm test` builds before the vitest suites run, so the bundle is there and fresh. Run on
 * its own (or after editing electron/ or shared/), the test builds first rather than test a
 * stale bundle: a boot test of old code would prove nothing.
 */
export function ensureBuilt(): void {
  const built = existsSync(builtMain) ? statSync(builtMain).mtimeMs : 0;
  const sources = Math.max(newestSource(join(root, 'electron')), newestSource(join(root, 'shared')));
  if (built >= sources) return;
  execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'ignore' });
}
