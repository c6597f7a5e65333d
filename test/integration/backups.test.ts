import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupInfo, StoreStatus } from '#shared/backups/model';
import { emptyPersonFields } from '#shared/people/model';
import { applyKey } from '#electron/db/cipher';
import { openDatabase } from '#electron/db/open';
import type { Migration } from '#electron/db/migration';
import { migrations } from '#electron/db/migrations';
import { damageAfterFirstPage, damagePages, pagesOf } from '../support/damage';
import { createTestApp, type TestApp } from '../support/testApp';

let app: TestApp;
afterEach(() => app.close());
const addPerson = (name: string) => app.call('people.create', { ...emptyPersonFields, name });
const names = () => app.call('people.list', { status: 'all' }).map((p) => p.name);

describe('backups', () => {
  it('writes an encrypted, verified copy on demand, lists and previews it', () => {
    app = createTestApp();
    addPerson('Canary Backup Person');
    const made = app.call('backups.create', {}) as BackupInfo;
    expect(made.kind).toBe('manual');
    expect(app.call('backups.list', {})).toEqual([made]);
    expect(readFileSync(join(app.dir, 'backups', made.id)).includes('Canary Backup Person')).toBe(false);
    const preview = app.call('backups.preview', { id: made.id });
    expect(preview).toMatchObject({ id: made.id, schemaVersion: migrations.length, counts: { people: 1, teams: 0 } });
    expect(app.send('backups.preview', { id: '../cairn.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'id' },
    });
    expect(app.send('backups.preview', { id: 'cairn-manual-2020-01-01T00-00-00-000Z.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('runs on schedule and prunes by the retention rule', () => {
    app = createTestApp({ now: new Date('2026-01-01T09:00:00Z') });
    addPerson('Ada');
    for (let day = 0; day < 60; day++) {
      app.setNow(new Date(Date.UTC(2026, 0, 1 + day, 9)));
      expect(app.session.runScheduledBackup()).not.toBeNull();
      expect(app.session.runScheduledBackup()).toBeNull(); // not due twice a day
    }
    const scheduled = (app.call('backups.list', {}) as BackupInfo[]).filter((b) => b.kind === 'scheduled');
    expect(scheduled.length).toBeGreaterThanOrEqual(9);
    expect(scheduled.length).toBeLessThanOrEqual(13);
    app.call('settings.update', { backupSchedule: 'off' });
    app.setNow(new Date('2026-04-01T09:00:00Z'));
    expect(app.session.runScheduledBackup()).toBeNull();
  });

  it('restores a backup after backing up the current data first', () => {
    app = createTestApp();
    addPerson('Before');
    const backup = app.call('backups.create', {}) as BackupInfo;
    app.setNow(new Date('2026-03-03T09:00:00Z'));
    addPerson('After');
    expect(app.call('backups.restore', { id: backup.id })).toEqual({ state: 'open' });
    expect(names()).toEqual(['Before']);
    const safety = (app.call('backups.list', {}) as BackupInfo[]).find((b) => b.kind === 'pre-restore');
    expect(safety).toBeDefined();
    expect(app.call('backups.preview', { id: safety!.id }).counts.people).toBe(2);
    app.restart();
    expect(names()).toEqual(['Before']);
  });
});

/** Closes the store and damages its file: all of it past the header, or only the people's pages. */
function closeAndDamageAll(): void {
  app.session.close();
  damageAfterFirstPage(app.dataFile);
}
function closeAndDamagePeople(): void {
  const pages = pagesOf(app.db, 'people');
  app.session.close();
  damagePages(app.dataFile, pages);
}

describe.each([
  // Damage that reaches the schema is found at open, for a store of any size.
  { mode: 'found at open', backgroundCheckFrom: undefined, damage: closeAndDamageAll, stateAtStart: null },
  // Damage under the rows only shows in the full check: at open for a small store...
  {
    mode: 'found by the check at open',
    backgroundCheckFrom: undefined,
    damage: closeAndDamagePeople,
    stateAtStart: null,
  },
  // ...and in the background for a large one.
  {
    mode: 'found by the background check',
    backgroundCheckFrom: 0,
    damage: closeAndDamagePeople,
    stateAtStart: 'pending',
  },
])('a damaged data file, $mode', ({ backgroundCheckFrom, damage, stateAtStart }) => {
  it('is found at start, set aside untouched, and a backup is offered and restored', async () => {
    app = createTestApp({ backgroundCheckFrom });
    addPerson('Kept in backup');
    const backup = app.call('backups.create', {}) as BackupInfo;
    for (let i = 0; i < 200; i++) addPerson(`Filler ${i}`);
    damage();
    const damagedBytes = readFileSync(app.dataFile);
    app.restart();
    // Found at open: no check left to run. In the background: it has only just started.
    expect(app.session.checkState).toBe(stateAtStart);
    await app.session.whenChecked();

    const status = app.call('store.status', {}) as Extract<StoreStatus, { state: 'damaged' }>;
    expect(status.state).toBe('damaged');
    expect(status.backups.map((b) => b.id)).toContain(backup.id);
    expect(readFileSync(status.damagedFile).equals(damagedBytes)).toBe(true);
    expect(existsSync(app.dataFile)).toBe(false);
    expect(app.send('people.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });

    expect(app.call('backups.restore', { id: backup.id })).toEqual({ state: 'open' });
    expect(names()).toEqual(['Kept in backup']);
  });

  it('can be left behind for an empty store when there is no backup', async () => {
    app = createTestApp({ backgroundCheckFrom });
    for (let i = 0; i < 200; i++) addPerson(`Filler ${i}`);
    damage();
    app.restart();
    expect(app.session.checkState).toBe(stateAtStart);
    await app.session.whenChecked();
    expect(app.call('store.status', {})).toMatchObject({ state: 'damaged', backups: [] });
    expect(app.call('store.startEmpty', {})).toEqual({ state: 'open' });
    expect(names()).toEqual([]);
    expect(readdirSync(join(app.dir, 'damaged')).length).toBeGreaterThan(0);
  });
});

describe('a migration that fails half-way', () => {
  it('leaves the store as it was and the pre-migration backup intact', () => {
    app = createTestApp();
    addPerson('Survivor');
    app.session.close();
    const key = (app.session as unknown as { vault: { currentKey(): string } }).vault.currentKey();
    const breaking: Migration[] = [
      ...migrations,
      { version: migrations.length + 1, name: 'adds a table', up: (db) => db.exec('CREATE TABLE extra (x)') },
      {
        version: migrations.length + 2,
        name: 'fails',
        up: () => {
          throw new Error('injected failure');
        },
      },
    ];
    expect(() =>
      openDatabase(app.dataFile, { key, migrations: breaking, backupDir: join(app.dir, 'backups') }),
    ).toThrow('injected failure');

    const reopened = openDatabase(app.dataFile, { key });
    expect(reopened.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(reopened.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").pluck().get()).toBe(0);
    reopened.close();
    const backups = readdirSync(join(app.dir, 'backups')).filter((f) => f.startsWith('cairn-pre-migration-'));
    expect(backups).toHaveLength(1);
    const copy = openDatabase(join(app.dir, 'backups', backups[0]!), { key });
    expect(copy.prepare('SELECT name FROM people').pluck().all()).toEqual(['Survivor']);
    copy.close();
    app.restart();
    expect(names()).toEqual(['Survivor']);
  });
});

describe('a backup Cairn could not open and run', () => {
  const keyOf = (target: TestApp) =>
    (target.session as unknown as { vault: { currentKey(): string } }).vault.currentKey();
  /** Drops a crafted file into the backups folder under a name Cairn lists. */
  const plant = (bytes: Buffer) => {
    const id = 'cairn-manual-2026-01-05T09-00-00-000Z.sqlite';
    writeFileSync(join(app.dir, 'backups', id), bytes);
    return id;
  };
  const goodBackupBytes = () =>
    readFileSync(join(app.dir, 'backups', (app.call('backups.create', {}) as BackupInfo).id));
  /** A good backup, then changed by `change` through a keyed connection. */
  const changedBackup = (change: (db: Database.Database) => void) => {
    const id = plant(goodBackupBytes());
    const db = new Database(join(app.dir, 'backups', id));
    applyKey(db, keyOf(app));
    change(db);
    db.close();
    return id;
  };

  const cases: { name: string; make: () => string; reason: RegExp }[] = [
    {
      name: 'made by a newer Cairn',
      make: () => changedBackup((db) => db.pragma(`user_version = ${migrations.length + 1}`)),
      reason: /newer version of Cairn/,
    },
    {
      name: 'not a SQLite file at all',
      make: () => plant(Buffer.alloc(8192, 'not a backup ')),
      reason: /does not open with your key/,
    },
    {
      name: 'an unencrypted SQLite file',
      make: () => {
        const path = join(app.dir, 'plain.sqlite');
        const db = new Database(path);
        db.exec('CREATE TABLE people (id TEXT)');
        db.close();
        return plant(readFileSync(path));
      },
      reason: /not encrypted with your key/,
    },
    {
      name: 'encrypted with the key but not a Cairn store',
      make: () => {
        const path = join(app.dir, 'foreign.sqlite');
        const db = new Database(path);
        applyKey(db, keyOf(app));
        db.exec('CREATE TABLE recipes (id TEXT)');
        db.close();
        return plant(readFileSync(path));
      },
      reason: /holds no Cairn data/,
    },
    {
      name: 'another Cairn’s data (another key)',
      make: () => {
        const stranger = createTestApp();
        try {
          stranger.call('people.create', { ...emptyPersonFields, name: 'Stranger' });
          const made = stranger.call('backups.create', {}) as BackupInfo;
          return plant(readFileSync(join(stranger.dir, 'backups', made.id)));
        } finally {
          stranger.close();
        }
      },
      reason: /does not open with your key/,
    },
    {
      name: 'damaged',
      make: () => {
        const bytes = goodBackupBytes();
        bytes.fill(0x5a, 4096 * 2, 4096 * 3);
        return plant(bytes);
      },
      reason: /damaged/,
    },
    {
      name: 'cut short mid-page',
      make: () => plant(goodBackupBytes().subarray(0, 4096 * 3 + 100)),
      reason: /cut short/,
    },
    {
      name: 'cut short at a page boundary',
      make: () => plant(goodBackupBytes().subarray(0, 4096 * 3)),
      reason: /cut short/,
    },
    { name: 'empty', make: () => plant(Buffer.alloc(0)), reason: /empty/ },
  ];

  it.each(cases)('is refused before anything is replaced when it is $name, saying why', ({ make, reason }) => {
    app = createTestApp();
    addPerson('Current Person');
    for (let i = 0; i < 60; i++) addPerson(`Filler ${i}`);
    const id = make();
    const preview = app.send('backups.preview', { id });
    expect(preview).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'id' } });
    expect(!preview.ok && preview.error.message).toMatch(reason);
    const before = app.call('backups.list', {});

    const restore = app.send('backups.restore', { id });
    expect(restore).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'id' } });
    expect(!restore.ok && restore.error.message).toMatch(reason);
    expect(!restore.ok && restore.error.message).toMatch(/not changed/);
    expect(app.call('backups.list', {})).toEqual(before); // not even a safety copy: nothing was done
    expect(readdirSync(app.dir).filter((f) => f.includes('restoring'))).toEqual([]);
    app.restart();
    expect(app.call('store.status', {})).toEqual({ state: 'open' });
    expect(names()).toContain('Current Person');
  });
});
