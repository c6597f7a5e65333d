import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { assert } from '../assert';
import { createLogger } from '../log';
import type { Db } from './open';

const log = createLogger('integrity');

export type CheckVerdict = 'passed' | 'damaged';
export type CheckState = 'pending' | CheckVerdict;

/**
 * The start-up corruption check of one open store (issue #8: a damaged file is found before
 * anything is written on top of it). Small stores are checked before open returns; a large
 * one in a worker thread, so the window loads and reads are answered meanwhile, while
 * every write first asks for the verdict.
 */
export interface IntegrityCheck {
  /** Never blocks. 'pending' while the worker runs (or could not run: verdict() then checks here). */
  readonly state: CheckState;
  /**
   * The verdict, waiting for the worker if it has not finished (Atomics.wait: the caller is
   * synchronous). If the worker could not check, the check runs here, on the store's own
   * connection, as it did before there was a worker: no write is ever let through unchecked.
   */
  verdict(): CheckVerdict;
  /** Resolves when the worker is done, so an async caller can wait without blocking. */
  readonly settled: Promise<void>;
  /** How long quick_check itself took in the worker, once known. */
  readonly durationMs: number | null;
  /** Stops the worker (closing the store, or the app, does not wait for the check). */
  dispose(): void;
}

/** quick_check on this connection. A read error is damage too: pages that do not decrypt. */
export function quickCheck(db: Db): CheckVerdict {
  try {
    return db.pragma('quick_check', { simple: true }) === 'ok' ? 'passed' : 'damaged';
  } catch {
    return 'damaged';
  }
}

/** For a store checked before open returned. */
export function alreadyPassed(): IntegrityCheck {
  return {
    state: 'passed',
    verdict: () => 'passed',
    settled: Promise.resolve(),
    durationMs: null,
    dispose: () => undefined,
  };
}

// Slot 0 of the shared signal: the worker's outcome. Slot 1: its quick_check time in ms.
const PENDING = 0;
const PASSED = 1;
const DAMAGED = 2;
const COULD_NOT_CHECK = 3;
/** Past this the worker is presumed stuck and the check is done on the main thread instead. */
const WAIT_LIMIT_MS = 120_000;

/**
 * The worker's code, evaluated as a script rather than loaded from a file: the same source
 * then runs in the built app (one bundled main file), under vitest and Playwright (TypeScript
 * sources) and in the bench, with no per-tool worker entry. It gets everything through
 * workerData and answers through shared memory, which the main thread can read while it
 * waits synchronously (a posted message would not be delivered to a blocked thread). It
 * opens its own read-only connection: WAL lets it read beside the store's connection, and
 * read-only means it can write nothing whatever happens. The connection is closed before
 * the answer is given, so a damaged file can be moved aside at once.
 * Errors that say "this file is damaged" (corrupt, not a database, i.e. a page that does not
 * decrypt) count as damage; anything else (say, the module not loading here) as "could not
 * check", which sends the check back to the main thread.
 */
const WORKER_SOURCE = `
'use strict';
const { workerData } = require('node:worker_threads');
const { modulePath, file, keyPragmas, signal } = workerData;
const state = new Int32Array(signal);
const started = performance.now();
let outcome = ${COULD_NOT_CHECK};
try {
  const Database = require(modulePath);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    for (const statement of keyPragmas) db.pragma(statement);
    try {
      outcome = db.pragma('quick_check', { simple: true }) === 'ok' ? ${PASSED} : ${DAMAGED};
    } catch (error) {
      outcome = /^SQLITE_(CORRUPT|NOTADB)/.test(String(error && error.code)) ? ${DAMAGED} : ${COULD_NOT_CHECK};
    }
  } finally {
    db.close();
  }
} catch {
  outcome = ${COULD_NOT_CHECK};
}
state[1] = Math.round(performance.now() - started);
Atomics.store(state, 0, outcome);
Atomics.notify(state, 0);
`;

let modulePath: string | null = null;
/** The SQLite module as the main side resolves it (the worker has no bundler and no cwd to rely on). */
function sqliteModulePath(): string {
  modulePath ??= createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
  return modulePath;
}

/**
 * Starts quick_check of `file` in a worker thread. `db` is the store's own connection, used
 * only if the worker cannot give a verdict.
 */
export function startBackgroundCheck(file: string, keyPragmas: string[], db: Db): IntegrityCheck {
  const signal = new Int32Array(new SharedArrayBuffer(8));
  let worker: Worker | null = null;
  let settled: Promise<void> = Promise.resolve();
  try {
    const started = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { modulePath: sqliteModulePath(), file, keyPragmas, signal: signal.buffer },
    });
    worker = started;
    // A pending check never keeps a process alive (tests, the bench, a quitting app).
    started.unref();
    settled = new Promise((resolve) => {
      started.once('exit', () => {
        // Ended without an answer (terminated, or died): the main thread checks instead.
        Atomics.compareExchange(signal, 0, PENDING, COULD_NOT_CHECK);
        resolve();
      });
    });
    started.once('error', (error) => log.warn(`integrity check worker failed: ${error.name}`));
  } catch (error) {
    log.warn(`integrity check worker did not start: ${error instanceof Error ? error.name : 'unknown'}`);
    Atomics.store(signal, 0, COULD_NOT_CHECK);
  }

  let checkedHere: CheckVerdict | null = null;
  const known = (): CheckState => {
    if (checkedHere) return checkedHere;
    const outcome = Atomics.load(signal, 0);
    return outcome === PASSED ? 'passed' : outcome === DAMAGED ? 'damaged' : 'pending';
  };
  return {
    get state() {
      return known();
    },
    verdict() {
      if (Atomics.load(signal, 0) === PENDING) Atomics.wait(signal, 0, PENDING, WAIT_LIMIT_MS);
      const state = known();
      if (state !== 'pending') return state;
      log.warn('integrity check could not run in the background; checking on the main thread');
      assert(db.open, 'the integrity verdict is asked for while the store is open');
      checkedHere = quickCheck(db);
      return checkedHere;
    },
    settled,
    get durationMs() {
      return Atomics.load(signal, 0) === PENDING ? null : signal[1]!;
    },
    dispose() {
      void worker?.terminate();
    },
  };
}
