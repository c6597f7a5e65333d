import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { type DbKey } from '../db/cipher';

/**
 * Encrypts a store written before encryption existed. A plain copy is taken first, so a
 * failure half-way leaves the user's data readable; the copy is the user's to delete.
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
  const db = new Database(dataFile);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma(`rekey="x'${key}'"`);
  db.close();
  return backup;
}
