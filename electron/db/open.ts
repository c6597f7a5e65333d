import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, WrongKeyError, type DbKey } from './cipher';
import { migrate, type MigrateOptions } from './migrate';
import type { Migration } from './migration';
import { migrations as allMigrations } from './migrations';

export type Db = Database.Database;

export class DamagedDatabaseError extends Error {
  constructor() {
    super('The data file is damaged.');
    this.name = 'DamagedDatabaseError';
  }
}

/** The per-connection settings explained on openDatabase; one list, so every opener agrees. */
export function applyConnectionPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -32768');
}

/** quick_check at every start: damage is found before anything is written on top of it. */
function assertUndamaged(db: Db): void {
  let verdict: unknown;
  try {
    verdict = db.pragma('quick_check', { simple: true });
  } catch {
    throw new DamagedDatabaseError();
  }
  if (verdict !== 'ok') throw new DamagedDatabaseError();
}

export interface OpenOptions {
  /** The store's key; without one the file is plain SQLite (tests of migrations only). */
  key?: DbKey;
  migrations?: readonly Migration[];
  target?: MigrateOptions['target'];
  /** Folder for pre-migration copies; defaults to `backups/` beside the data file. */
  backupDir?: string;
}

/**
 * Opens (creating if needed) the store and brings its schema up to date. Pragmas are set
 * explicitly here, once, for every connection:
 * - WAL: readers never block the writer, and a crash mid-write leaves the file consistent.
 * - synchronous=FULL: in WAL mode NORMAL can lose the last commits on power loss; managers'
 *   notes are worth one fsync per commit, and autosave commits at most about once a second.
 * - foreign_keys: erase relies on ON DELETE CASCADE to leave nothing of a person behind.
 * - secure_delete: erased text is overwritten, not left readable in free pages.
 * - busy_timeout: a backup or a second window waits instead of failing.
 * - cache_size 32 MiB (default 2 MiB): a decade of notes is ~200 MB; the prep view and
 *   search touch the same index pages again and again, and decrypting a page costs more
 *   than keeping it.
 * With a key the file is encrypted (SQLCipher format): pages, WAL and backups alike.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    if (options.key) {
      applyKey(db, options.key);
      try {
        db.prepare('SELECT count(*) FROM sqlite_master').get();
      } catch {
        throw new WrongKeyError();
      }
    }
    assertUndamaged(db);
    applyConnectionPragmas(db);
    const backupDir = options.backupDir ?? join(dirname(path), 'backups');
    migrate(db, options.migrations ?? allMigrations, {
      target: options.target,
      backupTo: () => {
        mkdirSync(backupDir, { recursive: true });
        return join(backupDir, `cairn-pre-migration-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`);
      },
    });
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Lets SQLite refresh its planner statistics on the way out, as its docs advise. */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  db.pragma('optimize');
  db.close();
}
