import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3-multiple-ciphers';
import { assert } from '../assert';
import { createLogger } from '../log';
import type { Db } from './open';

const log = createLogger('integrity');

export type CheckVerdict = 'passed' | 'damaged';
export type CheckState = 'pending' | CheckVerdict;

/**
 * The start-up corruption check of one open store (issue #8: a damaged file is found before
 * anything is written on top of it). Small stores are checked before open returns; a large
 * one in a worker thread, so the window loads and reads are answered meanwhile. While it
 * runs, commits go to the WAL only and the data file itself is not written (issue 18: the
 * first save no longer waits seconds for the check); see startBackgroundCheck.
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
  /**
   * While pending, commits are held in the WAL (holdWritesInWal) and need not wait for the
   * verdict. False if the hold could not be set up: then every write waits, as before.
   */
  readonly holdsWrites: boolean;
  /**
   * Starts the worker if it has not started yet (see startBackgroundCheck: it waits for the
   * window's first answer). verdict() starts it too, and so does a timer, START_BY_MS after open.
   */
  start(): void;
  /** Resolves when the worker is done, so an async caller can wait without blocking. Call start() first. */
  readonly settled: Promise<void>;
  /** How long quick_check itself took in the worker, once known. */
  readonly durationMs: number | null;
  /**
   * Stops the worker and lets go of the WAL guard (closing the store, or the app, does not
   * wait for the check). Call it after closing the store's connection: the guard is what
   * keeps that close from folding unchecked commits into the file.
   */
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
    holdsWrites: true,
    start: () => undefined,
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
 * The worker starts this long after open at the latest, if nothing started it sooner (a
 * session left idle still gets its verdict, its backups and reminders).
 */
export const START_BY_MS = 2000;

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
 * Writes held in the WAL until the verdict (issue 18). The data file is what quick_check
 * reads; SQLite writes it only when it checkpoints, which happens (1) automatically after a
 * commit once the WAL is long enough, (2) when the last connection to the file closes, and
 * (3) when asked (an erase folds the WAL in: HandlerContext.whenVerified waits first).
 * (1) is turned off on the store's connection; (2) cannot happen while a second, read-only
 * connection is open (the store's close is then not the last), and that one cannot
 * checkpoint when it closes last, being read-only. So commits made during the check land in
 * the WAL, after the snapshot the worker checks, never on top of a page it has yet to read.
 * On a pass, automatic checkpoints resume and the guard closes; on damage the store closes,
 * then the guard, and the file is set aside with its WAL (restoreFile.setAside).
 */
function holdWritesInWal(file: string, keyPragmas: string[], db: Db): { release(passed: boolean): void } | null {
  const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  let guard: Database.Database | null = null;
  try {
    guard = new Database(file, { readonly: true, fileMustExist: true });
    for (const statement of keyPragmas) guard.pragma(statement);
    // A read takes the guard's place among the WAL's readers (its lock on the file); the
    // header's user_version is one page, where sqlite_master would parse the whole schema.
    guard.pragma('user_version');
  } catch (error) {
    guard?.close();
    log.warn(`writes cannot be held during the check: ${error instanceof Error ? error.name : 'unknown'}`);
    return null;
  }
  db.pragma('wal_autocheckpoint = 0');
  let held = true;
  return {
    release(passed) {
      if (!held) return;
      held = false;
      if (passed && db.open) {
        db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
        try {
          // Fold in what was held, now that the file underneath is known good (else the next
          // automatic checkpoint does).
          db.pragma('wal_checkpoint(PASSIVE)');
        } catch (error) {
          log.warn(`checkpoint after the start-up check failed: ${error instanceof Error ? error.name : 'unknown'}`);
        }
      }
      guard.close();
    },
  };
}

/**
 * Prepares quick_check of `file` in a worker thread, holding the store's writes in its WAL
 * until the verdict (holdWritesInWal) from now on. `db` is the store's own connection, also
 * used to check here if the worker cannot give a verdict.
 * The worker itself starts later, when start() is called (the session does so once the
 * window's first request has been answered), when a verdict is asked for, or START_BY_MS
 * after this call. Starting a thread and loading SQLite into it took the CPU from the main
 * thread on a busy machine just as the window asked for its first screen (opening a decade
 * measured 3 to 13 times opening an empty store); the guarantee does not depend on when it
 * starts, since the data file is not written until the verdict either way.
 */
export function startBackgroundCheck(file: string, keyPragmas: string[], db: Db): IntegrityCheck {
  const walHold = holdWritesInWal(file, keyPragmas, db);
  const signal = new Int32Array(new SharedArrayBuffer(8));
  let worker: Worker | null = null;
  let began = false;
  let resolveSettled: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => {
    resolveSettled = resolve;
  });
  // Ended without an answer (terminated, died, never started): the main thread checks instead.
  const endedWithoutAnswer = () => {
    Atomics.compareExchange(signal, 0, PENDING, COULD_NOT_CHECK);
    resolveSettled();
  };
  const start = () => {
    if (began) return;
    began = true;
    clearTimeout(startAnyway);
    try {
      const started = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { modulePath: sqliteModulePath(), file, keyPragmas, signal: signal.buffer },
      });
      worker = started;
      // A pending check never keeps a process alive (tests, the bench, a quitting app).
      started.unref();
      started.once('exit', endedWithoutAnswer);
      started.once('error', (error) => log.warn(`integrity check worker failed: ${error.name}`));
    } catch (error) {
      log.warn(`integrity check worker did not start: ${error instanceof Error ? error.name : 'unknown'}`);
      endedWithoutAnswer();
    }
  };
  const startAnyway = setTimeout(start, START_BY_MS);
  startAnyway.unref();

  let checkedHere: CheckVerdict | null = null;
  const known = (): CheckState => {
    if (checkedHere) return checkedHere;
    const outcome = Atomics.load(signal, 0);
    return outcome === PASSED ? 'passed' : outcome === DAMAGED ? 'damaged' : 'pending';
  };
  // The first look that sees a pass lets checkpoints resume; damage keeps the hold until dispose.
  const seen = (state: CheckState): CheckState => {
    if (state === 'passed') walHold?.release(true);
    return state;
  };
  return {
    get state() {
      return seen(known());
    },
    verdict() {
      start();
      if (Atomics.load(signal, 0) === PENDING) Atomics.wait(signal, 0, PENDING, WAIT_LIMIT_MS);
      const state = known();
      if (state !== 'pending') return seen(state) as CheckVerdict;
      log.warn('integrity check could not run in the background; checking on the main thread');
      assert(db.open, 'the integrity verdict is asked for while the store is open');
      checkedHere = quickCheck(db);
      return seen(checkedHere) as CheckVerdict;
    },
    holdsWrites: walHold !== null,
    start,
    settled,
    get durationMs() {
      return Atomics.load(signal, 0) === PENDING ? null : signal[1]!;
    },
    dispose() {
      clearTimeout(startAnyway);
      if (!began) {
        began = true;
        endedWithoutAnswer();
      }
      void worker?.terminate();
      walHold?.release(false);
    },
  };
}
