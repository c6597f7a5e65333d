import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DbKey } from '../db/cipher';
import { dataFilePath } from '../dataLocation';
import { syncDirectory, syncFile } from '../durableFiles';
import { createLogger } from '../log';
import { CAIRN_ENTRIES, MOVE_MARKER } from './cairnEntries';
import { refusalForTarget } from './checkTarget';
import { copyCairnFiles } from './copyEntries';
import { MoveFailure } from './moveFailure';
import { readPointer, writePointer, type Pointer } from './pointer';
import { checkCopiedStore, compareCopies } from './verifyCopy';

const log = createLogger('data-folder');

/** The boundaries between the steps of a move; a crash at any of them leaves one whole store in use. */
export const MOVE_STEPS = ['checked', 'marked', 'copied', 'verified', 'switched', 'unmarked'] as const;
export type MoveStep = (typeof MOVE_STEPS)[number];

export interface MoveAtStartOptions {
  userDataDir: string;
  /** The store's key when it can be had before unlocking (sealed by the OS key store), else null. */
  keyFor: (dataDir: string) => DbKey | null;
  now: () => Date;
  /** Tests: called after each step, to stop the process there as a crash would. */
  afterStep?: (step: MoveStep) => void;
}

/** Removes what a move copied into `to` (Cairn's entries and the marker), never anything else there. */
function removeCopy(to: string): void {
  for (const name of CAIRN_ENTRIES) rmSync(join(to, name), { recursive: true, force: true });
  rmSync(join(to, MOVE_MARKER), { force: true });
  syncDirectory(to);
}

function writeMarker(to: string): void {
  const marker = join(to, MOVE_MARKER);
  writeFileSync(marker, 'Cairn is copying its data into this folder.\n');
  syncFile(marker);
  syncDirectory(to);
}

/** The reason Settings shows for a failure the move did not phrase itself (a full disk, a lost drive). */
function reasonOf(error: unknown): string {
  if (error instanceof MoveFailure) return error.reason;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC') return 'There was not enough free space in that folder.';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'Cairn could not save files in that folder.';
  return 'Cairn could not copy your data there; the folder may no longer be reachable.';
}

/**
 * Moves the data to the folder chosen in Settings, at start, before the store is opened:
 * copy every file of Cairn's into the new folder (each flushed), read the copies back and
 * compare them with the originals (size and SHA-256), open the copied store with its key and
 * run SQLite's integrity check, and only then switch the pointer (replaced atomically). The
 * old folder is never changed: it stays as the user's copy until they remove it.
 *
 * Any failure removes the partial copy, keeps the old folder in use and records the reason
 * for Settings. A crash before the switch leaves the old pointer (the old folder in use, the
 * move still pending: the marker tells the next start that what is in the new folder is a
 * copy of ours cut short, removed before copying again); after it, the new folder whole.
 *
 * Without the key (a passphrase protects it, asked for only after this), the copy is checked
 * byte for byte; the store's own check runs when it first opens from the new folder.
 */
export function runPendingMove(options: MoveAtStartOptions): void {
  const { userDataDir, now } = options;
  const step = (name: MoveStep) => options.afterStep?.(name);
  const pointer = readPointer(userDataDir);
  const current = pointer.dataDir ?? userDataDir;
  const move = pointer.pendingMove;
  if (!move) {
    // A crash between the switch and the marker's removal: the copy is whole and in use.
    if (existsSync(join(current, MOVE_MARKER))) removeMarker(current);
    return;
  }
  const kept: Pointer = { dataDir: pointer.dataDir };
  if (resolve(move.from) !== resolve(current)) {
    writePointer(userDataDir, {
      ...kept,
      lastMove: failed(move.to, 'Your data was no longer where the move began.', now),
    });
    return;
  }
  // What a crashed attempt left: ours (the marker says so), so removed before starting again.
  if (existsSync(join(move.to, MOVE_MARKER))) removeCopy(move.to);
  let marked = false;
  try {
    const refusal = refusalForTarget(current, move.to);
    if (refusal) throw new MoveFailure(refusal);
    step('checked');
    writeMarker(move.to);
    marked = true;
    step('marked');
    const files = copyCairnFiles(current, move.to);
    step('copied');
    compareCopies(current, move.to, files);
    const key = options.keyFor(current);
    if (key && existsSync(dataFilePath(move.to))) checkCopiedStore(dataFilePath(move.to), key);
    step('verified');
  } catch (error) {
    if (marked) removeCopy(move.to);
    log.warn(
      `moving the data folder failed (${error instanceof Error ? error.name : 'unknown'}); the old folder stays in use`,
    );
    writePointer(userDataDir, { ...kept, lastMove: failed(move.to, reasonOf(error), now) });
    return;
  }
  writePointer(userDataDir, {
    dataDir: move.to,
    lastMove: { outcome: 'moved', from: current, at: now().toISOString(), oldCopyRemoved: false },
  });
  step('switched');
  removeMarker(move.to);
  step('unmarked');
  log.info('moved the data folder; the old copy was left in place');
}

function removeMarker(dir: string): void {
  rmSync(join(dir, MOVE_MARKER), { force: true });
  syncDirectory(dir);
}

function failed(to: string, reason: string, now: () => Date): Pointer['lastMove'] {
  return { outcome: 'failed', to, reason, at: now().toISOString() };
}
