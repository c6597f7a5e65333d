import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, keyPragmas, WrongKeyError, type DbKey } from './cipher';
import { alreadyPassed, quickCheck, startBackgroundCheck, type IntegrityCheck } from './integrityCheck';
import { migrate, schemaVersion, type MigrateOptions } from './migrate';
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

export interface OpenOptions {
  /** The store's key; without one the file is plain SQLite (tests of migrations only). */
  key?: DbKey;
  migrations?: readonly Migration[];
  target?: MigrateOptions['target'];
  /** Folder for pre-migration copies; defaults to `backups/` beside the data file. */
  backupDir?: string;
}

/**
 * Stores at least this big are checked in the background by openStore. quick_check reads
 * every page (about 10 ms per MB when encrypted: 2 s for a decade of notes); below 2 MiB it
 * costs less than starting a worker thread and loading SQLite into it, so it runs at once.
 */
export const BACKGROUND_CHECK_FROM_BYTES = 2 * 1024 * 1024;

export interface StoreOptions extends OpenOptions {
  /** Override of BACKGROUND_CHECK_FROM_BYTES (tests use 0 to check every store in the background). */
  backgroundCheckFrom?: number;
}

export interface OpenStore {
  db: Db;
  /** The corruption check: passed already, or running in a worker (see IntegrityCheck). */
  check: IntegrityCheck;
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
 * quick_check runs before anything else touches the file: damage is found before anything
 * is written on top of it (DamagedDatabaseError).
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  return open(path, options, false).db;
}

/**
 * openDatabase as the app opens its store at launch: the same, except that a large store
 * whose schema is current is checked in a worker thread instead of before returning (the
 * check of a decade of data takes seconds; opening without it, milliseconds). Until the
 * check has passed the caller must not write (AppSession holds every command back).
 * Pending migrations are writes, so a store that needs them is checked first, as before.
 */
export function openStore(path: string, options: StoreOptions = {}): OpenStore {
  return open(path, options, true);
}

function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

function open(path: string, options: StoreOptions, mayDefer: boolean): OpenStore {
  const existingBytes = sizeOf(path);
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  let check: IntegrityCheck | null = null;
  try {
    if (options.key) {
      applyKey(db, options.key);
      try {
        db.prepare('SELECT count(*) FROM sqlite_master').get();
      } catch {
        throw new WrongKeyError();
      }
    }
    const list = options.migrations ?? allMigrations;
    const schemaCurrent = schemaVersion(db) >= (options.target ?? list.length);
    const large =
      existingBytes !== null && existingBytes >= (options.backgroundCheckFrom ?? BACKGROUND_CHECK_FROM_BYTES);
    // Already WAL: switching a file to WAL would be a write, and the worker reads beside us only in WAL.
    const wal = mayDefer && db.pragma('journal_mode', { simple: true }) === 'wal';
    if (mayDefer && schemaCurrent && large && wal) {
      check = startBackgroundCheck(path, options.key ? keyPragmas(options.key) : [], db);
    } else {
      if (quickCheck(db) === 'damaged') throw new DamagedDatabaseError();
      check = alreadyPassed();
    }
    // Neither writes to a current store: the pragmas are per connection (WAL is already
    // the file's mode), and migrate only reads user_version when nothing is pending.
    applyConnectionPragmas(db);
    const backupDir = options.backupDir ?? join(dirname(path), 'backups');
    migrate(db, list, {
      target: options.target,
      backupTo: () => {
        mkdirSync(backupDir, { recursive: true });
        return join(backupDir, `cairn-pre-migration-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`);
      },
    });
  } catch (error) {
    check?.dispose();
    db.close();
    throw error;
  }
  return { db, check };
}

/** Lets SQLite refresh its planner statistics on the way out, as its docs advise. */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  db.pragma('optimize');
  db.close();
}
