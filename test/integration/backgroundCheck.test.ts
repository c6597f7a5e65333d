import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoreStatus } from '#shared/backups/model';
import { emptyPersonFields } from '#shared/people/model';
import { applyKey } from '#electron/db/cipher';
import { START_BY_MS, startBackgroundCheck } from '#electron/db/integrityCheck';
import { migrations } from '#electron/db/migrations';
import { closeDatabase, openDatabase, openStore } from '#electron/db/open';
import { damagePages, pagesOf } from '../support/damage';
import { createTestApp, type TestApp } from '../support/testApp';

/**
 * A large store is checked for damage in a worker while the window loads (issue #7's open
 * time), without weakening issue #8: reads and writes are answered at once, the writes held
 * in the WAL so the data file is not written until the verdict (issue 18), and a damaged file
 * is set aside exactly as it was, with its WAL beside it. `backgroundCheckFrom: 0` sends every
 * store down the path a decade of data takes. Worker start-up alone (a thread, SQLite loaded
 * into it) takes tens of milliseconds, so right after a restart the check is reliably still
 * running.
 */
let app: TestApp;
afterEach(() => app?.close());
const addPerson = (name: string) => app.call('people.create', { ...emptyPersonFields, name });
const names = () => app.call('people.list', { status: 'all' }).map((p) => p.name);
const bytesOf = (file: string) => readFileSync(file);

function storeWithPeople(count: number): void {
  app = createTestApp({ backgroundCheckFrom: 0 });
  for (let i = 0; i < count; i++) addPerson(`Person ${String(i).padStart(3, '0')}`);
}

/**
 * Old rows a check takes a while to read (about 16 MB, encrypted page by page), so that it is
 * still running after a few requests on a busy machine; their pages are the ones damaged.
 */
function withOldRows(): number[] {
  app.db.exec(`CREATE TABLE old_rows (x);
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000)
    INSERT INTO old_rows SELECT randomblob(4000) FROM n`);
  return pagesOf(app.db, 'old_rows');
}

describe('while the start-up check runs in the background', () => {
  it('answers reads and writes at once; the writes wait in the WAL, the data file untouched until the verdict', async () => {
    storeWithPeople(150);
    withOldRows();
    app.restart();
    const fileBefore = bytesOf(app.dataFile);
    expect(app.session.checkState).toBe('pending');
    expect(names()).toHaveLength(150);
    expect(app.session.checkState).toBe('pending'); // the reads did not wait

    addPerson('Written during the check');
    expect(app.session.checkState).toBe('pending'); // nor did the write
    expect(names()).toContain('Written during the check');
    expect(bytesOf(app.dataFile).equals(fileBefore)).toBe(true);
    expect(statSync(`${app.dataFile}-wal`).size).toBeGreaterThan(0);

    await app.session.whenChecked();
    expect(app.session.checkState).toBe('passed');
    // Passed: what was held is folded into the file.
    expect(bytesOf(app.dataFile).equals(fileBefore)).toBe(false);
    app.restart();
    expect(names()).toContain('Written during the check');
  });

  it('through the async entry the app uses, a write does not wait for the check', async () => {
    storeWithPeople(150);
    withOldRows();
    app.restart();
    const write = await app.session.request('people.create', { ...emptyPersonFields, name: 'At once' });
    expect(write).toMatchObject({ ok: true, value: { name: 'At once' } });
    expect(app.session.checkState).toBe('pending');
    expect(await app.session.request('people.list', {})).toMatchObject({ ok: true });
    // The window's own question still waits for the verdict.
    expect(await app.session.request('store.awaitCheck', {})).toEqual({ ok: true, value: { state: 'open' } });
    expect(app.session.checkState).toBe('passed');
  });

  it('on a damaged file: sets the file aside exactly as it was, the write made meanwhile in its WAL beside it, and refuses the next', async () => {
    storeWithPeople(200);
    const teamsBefore = app.call('teams.list', {});
    const pages = withOldRows();
    app.session.close();
    damagePages(app.dataFile, pages);
    const damagedBytes = bytesOf(app.dataFile);
    app.restart();
    expect(app.session.checkState).toBe('pending');
    // Reads that miss the damaged pages still work meanwhile, and so does a write.
    expect(app.call('teams.list', {})).toEqual(teamsBefore);
    expect(app.send('teams.create', { name: 'Saved during the check', description: '' })).toMatchObject({ ok: true });
    expect(bytesOf(app.dataFile).equals(damagedBytes)).toBe(true);

    const status = app.call('store.awaitCheck', {}) as Extract<StoreStatus, { state: 'damaged' }>;
    expect(status.state).toBe('damaged');
    expect(app.call('store.status', {})).toEqual(status);
    // Nothing was written on top of the damaged file; the save is in the WAL set aside with it.
    expect(bytesOf(status.damagedFile).equals(damagedBytes)).toBe(true);
    expect(statSync(`${status.damagedFile}-wal`).size).toBeGreaterThan(0);
    expect(existsSync(app.dataFile)).toBe(false);
    expect(app.send('teams.create', { name: 'Lost if written', description: '' })).toEqual({
      ok: false,
      error: { code: 'locked', message: 'The data file is damaged: restore a backup first.' },
    });
    expect(app.send('teams.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(app.session.runScheduledBackup()).toBeNull();
    // The set-aside copy, WAL and all, still holds the save for whoever recovers it.
    const copy = new Database(status.damagedFile, { readonly: true });
    applyKey(copy, (app.session as unknown as { vault: { currentKey(): string } }).vault.currentKey());
    try {
      expect(copy.prepare('SELECT name FROM teams WHERE name = ?').pluck().get('Saved during the check')).toBe(
        'Saved during the check',
      );
    } finally {
      copy.close();
    }
  });

  it('quitting during the check keeps the writes in the WAL, unfolded, and the next start checks again', async () => {
    storeWithPeople(150);
    withOldRows();
    app.restart();
    const fileBefore = bytesOf(app.dataFile);
    addPerson('Saved, then quit');
    app.restart(); // closed while the check was still running
    expect(bytesOf(app.dataFile).equals(fileBefore)).toBe(true);
    expect(app.session.checkState).toBe('pending');
    expect(names()).toContain('Saved, then quit');
    await app.session.whenChecked();
    expect(app.session.checkState).toBe('passed');
  });

  it('an erase waits for the verdict before folding the WAL into the file', () => {
    storeWithPeople(150);
    withOldRows();
    app.restart();
    const id = app.call('people.list', {})[0]!.id;
    expect(app.session.checkState).toBe('pending');
    app.call('people.erase', { id, confirmName: 'Person 000' });
    expect(app.session.checkState).toBe('passed'); // the checkpoint waited
    expect(statSync(`${app.dataFile}-wal`).size).toBe(0); // and then emptied the WAL
    expect(names()).not.toContain('Person 000');
  });

  it('a damaged file found with no request waiting: the session moves to the damaged state by itself', async () => {
    storeWithPeople(200);
    const pages = pagesOf(app.db, 'people');
    app.session.close();
    damagePages(app.dataFile, pages);
    app.restart();
    expect(app.call('store.status', {})).toEqual({ state: 'open' });
    await app.session.whenChecked();
    expect(app.call('store.status', {})).toMatchObject({ state: 'damaged' });
  });

  it('lets the store be closed and reopened while the check is still running', async () => {
    storeWithPeople(50);
    app.restart();
    expect(app.session.checkState).toBe('pending');
    app.restart();
    await app.session.whenChecked();
    expect(app.session.checkState).toBe('passed');
    expect(names()).toHaveLength(50);
  });

  it('keeps scheduled backups until the check has passed', async () => {
    storeWithPeople(20);
    app.restart();
    expect(app.session.runScheduledBackup()).toBeNull();
    await app.session.whenChecked();
    expect(app.session.runScheduledBackup()).not.toBeNull();
  });
});

describe('openStore', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  /** A store at the current schema, in a fresh folder: opening it goes down the background-check path. */
  const currentStoreFile = () => {
    dir = mkdtempSync(join(tmpdir(), 'cairn-check-'));
    const file = join(dir, 'current.sqlite');
    closeDatabase(openDatabase(file));
    return file;
  };

  it('checks before migrating when migrations are pending, whatever the size', () => {
    dir = mkdtempSync(join(tmpdir(), 'cairn-check-'));
    const file = join(dir, 'a.sqlite');
    closeDatabase(openDatabase(file, { target: migrations.length - 1 }));
    const older = openStore(file, { backgroundCheckFrom: 0 });
    expect(older.check.state).toBe('passed'); // checked at once: migrating is writing
    closeDatabase(older.db);
    const current = openStore(file, { backgroundCheckFrom: 0 });
    expect(current.check.state).toBe('pending');
    expect(current.check.verdict()).toBe('passed');
    current.check.dispose();
    closeDatabase(current.db);
  });

  it('starts the worker only when asked (or START_BY_MS after open), holding writes in the WAL until the verdict meanwhile', async () => {
    const file = currentStoreFile();
    const store = openStore(file, { backgroundCheckFrom: 0 });
    const fileBefore = bytesOf(file);
    store.db.exec("CREATE TABLE written_meanwhile (x); INSERT INTO written_meanwhile VALUES ('kept')");
    // Well within START_BY_MS, nothing has started the worker: still pending, the file untouched.
    await new Promise((resolve) => setTimeout(resolve, START_BY_MS / 4));
    expect(store.check.state).toBe('pending');
    expect(store.check.durationMs).toBeNull();
    expect(bytesOf(file).equals(fileBefore)).toBe(true);
    store.check.start();
    await store.check.settled;
    expect(store.check.state).toBe('passed');
    expect(store.check.durationMs).not.toBeNull();
    store.check.dispose();
    closeDatabase(store.db);
  });

  it('closed before the worker started: the wait ends, and the next open checks again', async () => {
    const file = currentStoreFile();
    const store = openStore(file, { backgroundCheckFrom: 0 });
    store.db.close();
    store.check.dispose();
    await store.check.settled;
    const again = openStore(file, { backgroundCheckFrom: 0 });
    expect(again.check.state).toBe('pending');
    expect(again.check.verdict()).toBe('passed');
    again.check.dispose();
    closeDatabase(again.db);
  });

  it('checks on the store connection itself when the worker cannot check', () => {
    dir = mkdtempSync(join(tmpdir(), 'cairn-check-'));
    const file = join(dir, 'b.sqlite');
    const db = openDatabase(file);
    db.exec(
      'CREATE TABLE filler (x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60) INSERT INTO filler SELECT randomblob(3000) FROM n',
    );
    // Pointed at a file that is not there, the worker answers "could not check" (not "damaged").
    const healthy = startBackgroundCheck(join(dir, 'missing.sqlite'), [], db);
    expect(healthy.verdict()).toBe('passed');
    expect(healthy.state).toBe('passed');
    const pages = pagesOf(db, 'filler');
    closeDatabase(db);

    damagePages(file, pages);
    const reopened = new Database(file);
    try {
      expect(startBackgroundCheck(join(dir, 'missing.sqlite'), [], reopened).verdict()).toBe('damaged');
    } finally {
      reopened.close();
    }
  });
});
