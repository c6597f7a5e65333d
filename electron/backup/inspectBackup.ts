import { statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, isPlainSqliteFile, type DbKey } from '../db/cipher';
import type { Db } from '../db/open';
import { migrations } from '../db/migrations';

/** SQLCipher's page size, which Cairn never changes: a whole file is a whole number of pages. */
const PAGE_BYTES = 4096;

export type BackupVerdict = { usable: true; schemaVersion: number } | { usable: false; reason: string };

const CUT_SHORT = 'This backup file is cut short: it was not copied completely, so it cannot be restored.';

/**
 * Whether Cairn could open and run this file if it replaced the data file, and if not, why,
 * in words a manager can act on. Read-only: the file is never changed. Checked in the order
 * in which each problem hides the next: emptiness, encryption, the key, completeness, damage,
 * what the file holds, and the version of Cairn that wrote it.
 */
export function inspectBackup(path: string, key: DbKey): BackupVerdict {
  const bytes = statSync(path).size;
  if (bytes === 0) return refuse('This backup file is empty: it holds no data.');
  if (isPlainSqliteFile(path))
    return refuse('This file is not encrypted with your key, so it is not a backup of your Cairn data.');
  let db: Db | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    applyKey(db, key);
    // Reads only the first page: it decrypts with the right key even if the rest is missing.
    try {
      db.pragma('user_version', { simple: true });
    } catch (error) {
      if (bytes % PAGE_BYTES !== 0) return refuse(CUT_SHORT);
      // The right key with pages missing or spoiled reads as corrupt; another key, as no database.
      if (sqliteCode(error) === 'SQLITE_CORRUPT')
        return refuse('This backup file is cut short or damaged, so it cannot be restored.');
      return refuse(
        'This file does not open with your key: it belongs to other Cairn data, or is not a Cairn backup at all.',
      );
    }
    const pages = db.pragma('page_count', { simple: true }) as number;
    if (bytes % PAGE_BYTES !== 0 || pages * PAGE_BYTES > bytes) return refuse(CUT_SHORT);
    if (!passesIntegrityCheck(db))
      return refuse('This backup file is damaged (it fails SQLite’s integrity check), so it cannot be restored.');
    const version = db.pragma('user_version', { simple: true }) as number;
    const hasPeople = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'people'").get();
    if (version === 0 || !hasPeople) return refuse('This file opens with your key but holds no Cairn data.');
    if (version > migrations.length)
      return refuse(
        `This backup was made by a newer version of Cairn (data format ${version}; this version reads up to ${migrations.length}). Update Cairn, then restore it.`,
      );
    return { usable: true, schemaVersion: version };
  } catch {
    return refuse('This backup file cannot be read, so it cannot be restored.');
  } finally {
    db?.close();
  }
}

function passesIntegrityCheck(db: Db): boolean {
  try {
    return db.pragma('integrity_check', { simple: true }) === 'ok';
  } catch {
    return false;
  }
}

function sqliteCode(error: unknown): string | null {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
}

function refuse(reason: string): BackupVerdict {
  return { usable: false, reason };
}
