import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, type DbKey } from '../db/cipher';
import { MoveFailure } from './moveFailure';

function sha256Of(path: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(1024 * 1024);
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** Each copied file read back from the disk: the same size and the same SHA-256 as the original. */
export function compareCopies(from: string, to: string, files: readonly string[]): void {
  for (const file of files) {
    const original = join(from, file);
    const copy = join(to, file);
    if (statSync(original).size !== statSync(copy).size || sha256Of(original) !== sha256Of(copy)) {
      throw new MoveFailure(`The copy of ${file} did not match the original.`);
    }
  }
}

/**
 * Opens the copied store with the store's key, read-only, and runs SQLite's full integrity
 * check over it: the copy is a store Cairn can open, not only the same bytes.
 */
export function checkCopiedStore(dataFile: string, key: DbKey): void {
  if (integrityOf(dataFile, key) !== 'ok') throw new MoveFailure('The copied data did not pass its check.');
}

/** SQLite's verdict ('ok' when whole), or null when the file does not open with the key. */
function integrityOf(dataFile: string, key: DbKey): unknown {
  try {
    const db = new Database(dataFile, { readonly: true, fileMustExist: true });
    try {
      applyKey(db, key);
      return db.pragma('integrity_check', { simple: true });
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}
