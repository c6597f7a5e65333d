import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { cairnEntriesIn, holdsCairnStore, MOVE_MARKER } from './cairnEntries';

/** The folder as the file system names it (links followed), so the same folder is never taken for another. */
function canonical(dir: string): string {
  const absolute = resolve(dir);
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

function isInside(parent: string, child: string): boolean {
  const path = relative(parent, child);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

function canWriteIn(dir: string): boolean {
  const probe = join(dir, `.cairn-write-test-${randomBytes(6).toString('hex')}`);
  try {
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Why Cairn cannot move the data from `current` to `target`, in the user's words, or null
 * when it can. Asked when the folder is chosen and again at the start that moves, since a
 * folder can change in between. Never writes anything but a probe file it removes.
 */
export function refusalForTarget(current: string, target: string): string | null {
  const from = canonical(current);
  const to = canonical(target);
  if (!existsSync(to) || !statSync(to).isDirectory()) {
    return 'This folder no longer exists. Choose another one.';
  }
  if (to === from) return 'Your data is already in this folder.';
  if (isInside(from, to)) {
    return 'This folder is inside the folder your data is in now. Choose a folder outside it.';
  }
  if (holdsCairnStore(to)) {
    return 'This folder already holds Cairn data, perhaps an earlier copy. Cairn never writes over it: choose another folder, or remove that data first.';
  }
  const taken = [...cairnEntriesIn(to), ...(existsSync(join(to, MOVE_MARKER)) ? [MOVE_MARKER] : [])];
  if (taken.length > 0) {
    return `This folder already has ${taken.map((name) => `“${name}”`).join(' and ')}, which Cairn would need. Choose an empty folder.`;
  }
  if (!canWriteIn(to)) {
    return 'Cairn cannot save files in this folder. Choose a folder you can change, or ask for access to this one.';
  }
  return null;
}
