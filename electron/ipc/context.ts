import type { ReadableDB, WritableDB } from '../db/access';
import type { SettingsStore } from '../settings/store';

/** What every command handler gets besides its validated input. */
export interface HandlerContext {
  /** The store, writable: a command runs inside one transaction (see dispatcher.ts). */
  db: WritableDB;
  settings: SettingsStore;
  /** The clock, injectable so tests can move time. */
  now: () => Date;
  dataFile: string;
  appVersion: string;
  /** Work that must wait until the request's transaction has committed (e.g. a checkpoint). */
  afterCommit?: (task: () => void) => void;
  /**
   * Waits for the start-up integrity check (throws if the file is damaged). Until it has
   * passed, commits are held in the WAL; call this before writing the data file itself,
   * that is before a checkpoint. Absent where there is no background check (tests, tools).
   */
  whenVerified?: () => void;
}

/**
 * What a query handler gets: the same, but the store can only be read and there is no
 * commit to wait for. A query that calls a function demanding a WritableDB does not compile.
 */
export interface QueryContext extends Omit<HandlerContext, 'db' | 'afterCommit'> {
  db: ReadableDB;
}
