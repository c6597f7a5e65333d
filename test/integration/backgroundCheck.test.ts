import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoreStatus } from '#shared/backups/model';
import { emptyPersonFields } from '#shared/people/model';
import { startBackgroundCheck } from '#electron/db/integrityCheck';
import { migrations } from '#electron/db/migrations';
import { closeDatabase, openDatabase, openStore } from '#electron/db/open';
import { damagePages, pagesOf } from '../support/damage';
import { createTestApp, type TestApp } from '../support/testApp';

/**
 * A large store is checked for damage in a worker while the window loads (issue #7's open
 * time), without weakening issue #8: reads are answered at once, writes wait for the
 * verdict, and a damaged file is set aside with the write refused. `backgroundCheckFrom: 0`
 * sends every store down the path a decade of data takes. Worker start-up alone (a thread,
 * SQLite loaded into it) takes tens of milliseconds, so right after a restart the check is
 * reliably still running.
 */
let app: TestApp;
afterEach(() => app?.close());
const addPerson = (name: string) => app.call('people.create', { ...emptyPersonFields, name });
const names = () => app.call('people.list', { status: 'all' }).map((p) => p.name);

function storeWithPeople(count: number): void {
  app = createTestApp({ backgroundCheckFrom: 0 });
  for (let i = 0; i < count; i++) addPerson(`Person ${String(i).padStart(3, '0')}`);
}

describe('while the start-up check runs in the background', () => {
  it('answers reads at once; a write waits for the check, then lands', () => {
    storeWithPeople(150);
    app.restart();
    expect(app.session.checkState).toBe('pending');
    expect(names()).toHaveLength(150);
    expect(app.call('people.get', { id: app.call('people.list', {})[0]!.id }).name).toBe('Person 000');
    expect(app.session.checkState).toBe('pending'); // the reads did not wait

    addPerson('Written during the check');
    expect(app.session.checkState).toBe('passed'); // the write waited for the verdict
    app.restart();
    expect(names()).toContain('Written during the check');
  });

  it('through the async entry the app uses, a write awaits the check without blocking', async () => {
    storeWithPeople(150);
    app.restart();
    const write = app.session.request('people.create', { ...emptyPersonFields, name: 'Awaited' });
    expect(app.session.checkState).toBe('pending'); // request returned without blocking
    const read = await app.session.request('people.list', {});
    expect(read).toMatchObject({ ok: true });
    expect(await write).toMatchObject({ ok: true, value: { name: 'Awaited' } });
    expect(app.session.checkState).toBe('passed');
    expect(await app.session.request('store.awaitCheck', {})).toEqual({ ok: true, value: { state: 'open' } });
  });

  it('refuses a write on a damaged file, sets the file aside untouched and tells the window', () => {
    storeWithPeople(200);
    const teamsBefore = app.call('teams.list', {});
    const pages = pagesOf(app.db, 'people');
    app.session.close();
    damagePages(app.dataFile, pages);
    const damagedBytes = readFileSync(app.dataFile);
    app.restart();
    expect(app.session.checkState).toBe('pending');
    // Reads that miss the damaged pages still work meanwhile.
    expect(app.call('teams.list', {})).toEqual(teamsBefore);

    const refused = app.send('teams.create', { name: 'Lost if written', description: '' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'locked', message: 'The data file is damaged: restore a backup first.' },
    });
    const status = app.call('store.awaitCheck', {}) as Extract<StoreStatus, { state: 'damaged' }>;
    expect(status.state).toBe('damaged');
    expect(app.call('store.status', {})).toEqual(status);
    expect(readFileSync(status.damagedFile).equals(damagedBytes)).toBe(true);
    expect(existsSync(app.dataFile)).toBe(false);
    expect(app.send('teams.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(app.session.runScheduledBackup()).toBeNull();
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
