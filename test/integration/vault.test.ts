import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import type { VaultStatus } from '#shared/vault/model';
import { keyFilePath } from '#electron/vault/keyFile';
import type { TestApp } from '../support/testApp';
import { closedAfterEach } from '../support/testApps';

const start = closedAfterEach();

const CANARY = 'CANARY-7f3e-private-note-zebra';
const addCanary = (app: TestApp) =>
  app.call('people.create', { ...emptyPersonFields, name: CANARY, title: `${CANARY} title` });

/** Every file Cairn wrote in the folder, raw bytes. */
function filesContaining(dir: string, text: string): string[] {
  const hits: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (readFileSync(path).includes(text)) hits.push(path);
    }
  };
  walk(dir);
  return hits;
}

describe('with an OS key store', () => {
  it('creates a key on first run, shows the recovery key once, and keeps no readable text on disk', () => {
    const app = start();
    const status = app.call('vault.status', {});
    expect(status).toMatchObject({ state: 'unlocked', protection: 'os' });
    const recoveryKey = (status as Extract<VaultStatus, { state: 'unlocked' }>).recoveryKey;
    expect(recoveryKey).toMatch(/^([A-Z2-7]{4}-){13}[A-Z2-7]{3}$/);
    expect(app.call('vault.recoveryKeyStored', {})).toMatchObject({ recoveryKey: null });

    addCanary(app);
    expect(existsSync(`${app.dataFile}-wal`)).toBe(true);
    expect(filesContaining(app.dir, CANARY)).toEqual([]);
    const plain = new Database(app.dataFile, { readonly: true });
    expect(() => plain.prepare('SELECT * FROM people').all()).toThrow(/not a database/);
    plain.close();

    app.restart();
    expect(app.call('vault.status', {})).toEqual({ state: 'unlocked', protection: 'os', recoveryKey: null });
    expect(app.call('people.list', {}).map((p) => p.name)).toEqual([CANARY]);
  });

  it('asks for the recovery key when the key store changed, refuses a wrong one, and opens with the right one', () => {
    const app = start();
    const { recoveryKey } = app.call('vault.status', {}) as Extract<VaultStatus, { state: 'unlocked' }>;
    addCanary(app);
    const other = start();
    const { recoveryKey: otherKey } = other.call('vault.status', {}) as Extract<VaultStatus, { state: 'unlocked' }>;

    app.secretStore.replaceMachine();
    app.restart();
    expect(app.call('vault.status', {})).toEqual({
      state: 'needs-recovery-key',
      reason: 'key-store-changed',
      needsNewPassphrase: false,
    });
    expect(app.send('people.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(app.send('vault.recover', { recoveryKey: otherKey! })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'recoveryKey', message: expect.stringContaining('other data') },
    });
    expect(app.send('vault.recover', { recoveryKey: 'AAAA-BBBB' })).toMatchObject({
      ok: false,
      error: { field: 'recoveryKey' },
    });
    expect(app.call('vault.recover', { recoveryKey: recoveryKey! })).toMatchObject({
      state: 'unlocked',
      recoveryKey: null,
    });
    expect(app.call('people.list', {})).toHaveLength(1);
    // Re-sealed for this machine: the next start needs nothing.
    app.restart();
    expect(app.call('vault.status', {})).toMatchObject({ state: 'unlocked' });
  });

  it('asks for the recovery key when the key file is gone', () => {
    const app = start();
    addCanary(app);
    rmSync(keyFilePath(app.dir));
    app.restart();
    expect(app.call('vault.status', {})).toMatchObject({ state: 'needs-recovery-key', reason: 'key-file-missing' });
  });

  it('encrypts a store written before encryption, after a plain backup', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-legacy-'));
    // Lay down a plain file as an earlier Cairn would have written it.
    const legacy = new Database(join(dir, 'cairn.sqlite'));
    legacy.exec(`CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('${CANARY}');`);
    legacy.close();
    const upgraded = start({ dir });
    expect(upgraded.call('vault.status', {})).toMatchObject({ state: 'unlocked' });
    expect(readFileSync(upgraded.dataFile).includes(CANARY)).toBe(false);
    const backups = readdirSync(join(dir, 'backups')).filter((f) => f.startsWith('cairn-pre-encryption-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, 'backups', backups[0]!)).includes(CANARY)).toBe(true);
    expect(upgraded.db.prepare('SELECT text FROM notes').pluck().get()).toBe(CANARY);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('without an OS key store (Linux basic_text)', () => {
  it('asks for a passphrase, unlocks only with it, and recovers with the recovery key', () => {
    const app = start({ osKeyStore: 'unavailable' });
    expect(app.call('vault.status', {})).toEqual({ state: 'needs-new-passphrase', encryptingExisting: false });
    expect(app.send('people.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    // Settings (the theme the lock screen is drawn in) live outside the store and stay readable; writing them does not.
    expect(app.send('settings.get', {})).toMatchObject({ ok: true, value: { theme: 'system' } });
    expect(app.send('settings.update', { theme: 'dark' })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(app.send('vault.createWithPassphrase', { passphrase: 'short' })).toMatchObject({
      ok: false,
      error: { field: 'passphrase' },
    });
    const created = app.call('vault.createWithPassphrase', { passphrase: 'river stone lantern' }) as Extract<
      VaultStatus,
      { state: 'unlocked' }
    >;
    expect(created).toMatchObject({ state: 'unlocked', protection: 'passphrase' });
    addCanary(app);
    expect(filesContaining(app.dir, CANARY)).toEqual([]);

    app.restart();
    expect(app.call('vault.status', {})).toEqual({ state: 'needs-passphrase' });
    expect(app.send('vault.unlock', { passphrase: 'river stone lantern!' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'passphrase' },
    });
    expect(app.call('vault.unlock', { passphrase: 'river stone lantern' })).toMatchObject({ state: 'unlocked' });
    expect(app.call('people.list', {})).toHaveLength(1);

    // Forgotten passphrase: the recovery key and a new passphrase.
    app.restart();
    expect(app.send('vault.recover', { recoveryKey: created.recoveryKey! })).toMatchObject({
      ok: false,
      error: { field: 'newPassphrase' },
    });
    app.call('vault.recover', { recoveryKey: created.recoveryKey!, newPassphrase: 'new harbour words' });
    app.restart();
    expect(app.send('vault.unlock', { passphrase: 'river stone lantern' }).ok).toBe(false);
    expect(app.call('vault.unlock', { passphrase: 'new harbour words' })).toMatchObject({ state: 'unlocked' });
  });
});
