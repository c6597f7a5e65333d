import type { Database } from 'better-sqlite3-multiple-ciphers';

/** One schema step. `version` is its position in the list, starting at 1. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
