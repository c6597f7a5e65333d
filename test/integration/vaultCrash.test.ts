import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { keyFilePath } from '#electron/vault/keyFile';
import { createTestApp, type TestApp } from '../support/testApp';

/**
 * Encrypting a store from before encryption replaces the data file. A failure at any moment
 * (here: the disk refusing a write, as it would when full) must leave a file Cairn can open
 * with a key it has, and nothing half-written in its place.
 */
const CANARY = 'CANARY-plain-note-before-encryption';
const PASSPHRASE = 'correct horse battery staple';
const dirs: string[] = [];
const apps: TestApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A plain store as an earlier Cairn wrote it; Linux without a key store, so a passphrase is asked. */
function legacyStore() {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-crash-'));
  dirs.push(dir);
  const legacy = new Database(join(dir, 'cairn.sqlite'));
  legacy.exec(`CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('${CANARY}');`);
  legacy.close();
  const app = createTestApp({ dir, osKeyStore: 'unavailable' });
  apps.push(app);
  return { dir, app };
}

const isPlain = (file: string) => readFileSync(file).subarray(0, 16).toString('latin1') === 'SQLite format 3\0';

describe('encrypting an existing store survives a failure part-way', () => {
  it('when the key file cannot be written, the data stays plain and readable; the next attempt encrypts it', () => {
    const { dir, app } = legacyStore();
    // A folder where the key file's temporary copy goes: writing it fails, as on a full disk.
    mkdirSync(`${keyFilePath(dir)}.tmp`);
    expect(app.send('vault.createWithPassphrase', { passphrase: PASSPHRASE })).toMatchObject({ ok: false });
    expect(isPlain(app.dataFile)).toBe(true);

    rmSync(`${keyFilePath(dir)}.tmp`, { recursive: true });
    app.restart();
    expect(app.call('vault.status', {})).toMatchObject({ state: 'needs-new-passphrase', encryptingExisting: true });
    expect(app.send('vault.createWithPassphrase', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    expect(isPlain(app.dataFile)).toBe(false);
    expect(app.db.prepare('SELECT text FROM notes').pluck().get()).toBe(CANARY);
    app.restart();
    expect(app.send('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    expect(app.db.prepare('SELECT text FROM notes').pluck().get()).toBe(CANARY);
  });

  it('a half-encrypted copy left by a crash is discarded; the data file was never touched and is encrypted whole', () => {
    const { dir, app } = legacyStore();
    // What a crash in the middle of re-keying leaves: the working copy, part-written, and its journal.
    writeFileSync(join(dir, 'cairn.sqlite.encrypting'), Buffer.alloc(3000, 7));
    writeFileSync(join(dir, 'cairn.sqlite.encrypting-journal'), Buffer.alloc(512, 1));
    expect(isPlain(app.dataFile)).toBe(true);

    expect(app.send('vault.createWithPassphrase', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    expect(isPlain(app.dataFile)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('encrypting'))).toEqual([]);
    expect(readFileSync(app.dataFile).includes(CANARY)).toBe(false);
    expect(app.db.prepare('SELECT text FROM notes').pluck().get()).toBe(CANARY);
    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('the key file is replaced whole: no temporary copy is left beside it', () => {
    const { dir, app } = legacyStore();
    app.call('vault.createWithPassphrase', { passphrase: PASSPHRASE });
    expect(existsSync(keyFilePath(dir))).toBe(true);
    expect(existsSync(`${keyFilePath(dir)}.tmp`)).toBe(false);
  });
});
