import { asWritable } from '#electron/db/access';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey } from '#electron/db/cipher';
import { migrate } from '#electron/db/migrate';
import { migrations } from '#electron/db/migrations';
import { applyConnectionPragmas, closeDatabase, type Db } from '#electron/db/open';
import type { HandlerContext } from '#electron/ipc/context';
import { createDispatcher, type Dispatch } from '#electron/ipc/dispatcher';
import { createSettingsStore } from '#electron/settings/store';
import { BENCH_KEY } from './generator';

/** What a bench case gets: the store it asked for, opened as the app opens it, and the real dispatcher. */
export interface BenchEnv {
  decadeFile: string;
  emptyFile: string;
  db: Db;
  ctx: HandlerContext;
  dispatch: Dispatch;
  /** Typed-enough call through the dispatcher that throws on a refusal. */
  call(channel: string, input: unknown): unknown;
  /** Ids drawn in a fixed order from the store, so each iteration touches a different row. */
  ids(sql: string): string[];
  close(): void;
}

const NOW = new Date('2035-12-31T09:00:00Z');

/**
 * What openDatabase does, minus the quick_check (the pragmas come from open.ts itself).
 * Cases open their store this way so that no process checks 200 MB, at once or in a
 * worker beside the timing, before timing something else; the open cases use openStore.
 */
export function openWithoutCheck(file: string, options: { migrate?: boolean } = {}): Db {
  const db = new Database(file);
  applyKey(db, BENCH_KEY);
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  applyConnectionPragmas(db);
  if (options.migrate !== false) migrate(db, migrations);
  return db;
}

export function openEnv(file: string, decadeFile: string, emptyFile: string): BenchEnv {
  const db = openWithoutCheck(file);
  const values = new Map<string, unknown>();
  const settings = createSettingsStore({ get: (k) => values.get(k), set: (k, v) => void values.set(k, v) });
  const ctx: HandlerContext = {
    db: asWritable(db),
    settings,
    now: () => NOW,
    dataFile: file,
    appVersion: '0.0.0-bench',
  };
  const dispatch = createDispatcher(ctx);
  return {
    decadeFile,
    emptyFile,
    db,
    ctx,
    dispatch,
    call(channel, input) {
      const result = dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} refused: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    ids: (sql) => db.prepare(sql).pluck().all() as string[],
    close: () => closeDatabase(db),
  };
}
