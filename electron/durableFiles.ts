import { closeSync, fsyncSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Replacing a file so a crash or a power cut leaves the old one or the new one, never half of
 * either: write under a temporary name, flush it to the disk, rename it over the real name,
 * then flush the folder so the rename itself is on the disk. A rename alone can reach the
 * disk before the bytes it names.
 */

/** Flushes a file's bytes to the disk. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename, a new name). Windows cannot open a folder; NTFS journals renames. */
export function syncDirectory(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder; the rename is then as durable as they make it.
  } finally {
    closeSync(fd);
  }
}

/** Gives a fully written and flushed temporary file its real name, durably. */
export function replaceFile(temporary: string, path: string): void {
  syncFile(temporary);
  renameSync(temporary, path);
  syncDirectory(dirname(path));
}

/** Writes a small file (a key file) whole or not at all. */
export function writeFileAtomically(path: string, text: string, mode: number): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, text, { mode });
  replaceFile(temporary, path);
}
