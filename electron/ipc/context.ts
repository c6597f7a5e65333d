import type { Db } from '../db/open';
import type { SettingsStore } from '../settings/store';

/** What every handler gets besides its validated input. */
export interface HandlerContext {
  db: Db;
  settings: SettingsStore;
  /** The clock, injectable so tests can move time. */
  now: () => Date;
  dataFile: string;
  appVersion: string;
  /** Work that must wait until the request's transaction has committed (e.g. a checkpoint). */
  afterCommit?: (task: () => void) => void;
}
