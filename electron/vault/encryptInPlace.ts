import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { type DbKey } from '../db/cipher';
import { replaceFile, syncDirectory, syncFile } from '../durableFiles';

/**
 * Encrypts a store written before encryption existed. A plain copy is kept first (the user's
 * to delete). The encryption itself runs on a second copy, and only a finished, flushed copy
 * is renamed over the data file: a crash at any moment leaves the plain file whole (and the
 * next start encrypts it again) or the encrypted one whole, never a file half re-keyed.
 */
export function encryptInPlace(dataFile: string, key: DbKey, backupDir: string, stamp: string): string {
  mkdirSync(backupDir, { recursive: true });
  const plain = new Database(dataFile);
  // Fold the WAL into the file and leave WAL mode: SQLite cannot re-key a WAL database.
  plain.pragma('wal_checkpoint(TRUNCATE)');
  plain.pragma('journal_mode = DELETE');
  plain.close();
  const backup = join(backupDir, `cairn-pre-encryption-${stamp}.sqlite`);
  copyFileSync(dataFile, backup);
  syncFile(backup);
  syncDirectory(backupDir);

  const staged = `${dataFile}.encrypting`;
  const removeStaged = () => {
    for (const suffix of ['', '-journal']) rmSync(`${staged}${suffix}`, { force: true });
  };
  removeStaged(); // left by a crash during an earlier attempt
  copyFileSync(dataFile, staged);
  try {
    const db = new Database(staged);
    db.pragma(`cipher='sqlcipher'`);
    db.pragma(`rekey="x'${key}'"`);
    db.close();
  } catch (error) {
    removeStaged();
    throw error;
  }
  replaceFile(staged, dataFile);
  return backup;
}
