import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NewerDatabaseError, migrate, schemaVersion } from '#electron/db/migrate';
import type { Migration } from '#electron/db/migration';
import { migrations } from '#electron/db/migrations';
import { closeDatabase, openDatabase } from '#electron/db/open';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cairn-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('sets every pragma explicitly', () => {
    const db = openDatabase(join(dir, 'a.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaVersion(db)).toBe(migrations.length);
    closeDatabase(db);
    expect(db.open).toBe(false);
  });

  it('creates the folder of the data file', () => {
    const file = join(dir, 'nested', 'deeper', 'cairn.sqlite');
    closeDatabase(openDatabase(file));
    expect(existsSync(file)).toBe(true);
  });

  it('refuses a file from a newer version and leaves it unchanged', () => {
    const file = join(dir, 'newer.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${migrations.length + 5}`);
    raw.exec('CREATE TABLE future (x)');
    raw.close();
    expect(() => openDatabase(file)).toThrow(NewerDatabaseError);
    expect(() => openDatabase(file)).toThrow(/newer version of Cairn/);
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(migrations.length + 5);
    after.close();
  });
});

describe('migrate', () => {
  const step = (version: number, sql: string): Migration => ({
    version,
    name: `step ${version}`,
    up: (db) => db.exec(sql),
  });

  it('takes a backup copy before migrating a file that has data', () => {
    const file = join(dir, 'm.sqlite');
    const db = new Database(file);
    migrate(db, [step(1, 'CREATE TABLE a (x TEXT)')]);
    db.prepare("INSERT INTO a VALUES ('kept')").run();
    const backups = join(dir, 'backups');
    migrate(db, [step(1, 'CREATE TABLE a (x TEXT)'), step(2, 'CREATE TABLE b (y)')], {
      backupTo: (from) => join(dir, `backup-v${from}.sqlite`),
    });
    db.close();
    expect(existsSync(backups)).toBe(false);
    const copy = new Database(join(dir, 'backup-v1.sqlite'), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT x FROM a').get()).toEqual({ x: 'kept' });
    copy.close();
  });

  it('runs all pending steps in one transaction: a failing step leaves the file as it was', () => {
    const db = new Database(join(dir, 'f.sqlite'));
    migrate(db, [step(1, 'CREATE TABLE a (x)')]);
    const failing: Migration = {
      version: 3,
      name: 'breaks',
      up: () => {
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [step(1, 'CREATE TABLE a (x)'), step(2, 'CREATE TABLE b (y)'), failing])).toThrow('boom');
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(['a']);
    db.close();
  });

  it('refuses a list whose versions are out of order', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [step(2, 'SELECT 1')])).toThrow(/must be version 1/);
    db.close();
  });

  it('does nothing and takes no backup when the schema is current', () => {
    const file = join(dir, 'current.sqlite');
    closeDatabase(openDatabase(file));
    closeDatabase(openDatabase(file));
    expect(existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')) : []).toEqual([]);
  });
});
