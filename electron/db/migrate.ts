import type { Database } from 'better-sqlite3-multiple-ciphers';
import { assert } from '../assert';
import { createLogger } from '../log';
import type { Migration } from './migration';
import type { ReadableDB } from './access';

const log = createLogger('migrate');

export class NewerDatabaseError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This data file was written by a newer version of Cairn (schema ${fileVersion}; ` +
        `this app knows up to ${appVersion}). Update Cairn to open it; the file was not changed.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

/** Reads the schema version; a read-only store (a query's) can ask too. */
export function schemaVersion(db: Database | ReadableDB): number {
  return db.prepare('PRAGMA user_version').pluck().get() as number;
}

export interface MigrateOptions {
  /** Stop at this version (tests step through one migration at a time). */
  target?: number;
  /** Where to copy the file before changing it; called only when there is work to do. */
  backupTo?: (fromVersion: number) => string | null;
}

/**
 * Brings the schema up to date: a backup copy first, then every pending step in one
 * transaction, so a failure leaves the file exactly as it was.
 */
export function migrate(db: Database, list: readonly Migration[], options: MigrateOptions = {}): number {
  list.forEach((m, i) => assert(m.version === i + 1, `migration ${m.name} must be version ${i + 1}`));
  const latest = list.length;
  const target = options.target ?? latest;
  const current = schemaVersion(db);
  if (current > latest) throw new NewerDatabaseError(current, latest);
  const pending = list.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;

  if (current > 0 && options.backupTo) {
    const backupPath = options.backupTo(current);
    if (backupPath) {
      db.prepare('VACUUM INTO ?').run(backupPath);
      log.info(`backed up schema ${current} before migrating`);
    }
  }
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  log.info(`migrated schema ${current} -> ${target}`);
  return target;
}
