import { join } from 'node:path';
import { fail, ok, type Result } from '../shared/ipc/result';
import { isVaultChannel, type VaultChannel, type VaultStatus } from '../shared/vault/model';
import { dataFilePath } from './dataLocation';
import { NewerDatabaseError } from './db/migrate';
import { closeDatabase, openDatabase, type Db } from './db/open';
import { createDispatcher, type Dispatch } from './ipc/dispatcher';
import { failureOf, validateRequest } from './ipc/validate';
import type { SettingsStore } from './settings/store';
import type { SecretStore } from './vault/secretStore';
import { Vault } from './vault/vault';

export interface SessionOptions {
  dataDir: string;
  secretStore: SecretStore;
  settings: SettingsStore;
  now: () => Date;
  appVersion: string;
}

/**
 * One run of Cairn's main side: the vault that holds the key and, once unlocked, the open
 * store and its dispatcher. Electron's IPC and the test harness both send every request
 * here, so what is tested is what ships. Until the store is unlocked only vault requests
 * are answered.
 */
export class AppSession {
  readonly dataFile: string;
  private readonly vault: Vault;
  private db: Db | null = null;
  private store: Dispatch | null = null;

  constructor(private readonly options: SessionOptions) {
    this.dataFile = dataFilePath(options.dataDir);
    this.vault = new Vault({
      dataDir: options.dataDir,
      dataFile: this.dataFile,
      backupDir: join(options.dataDir, 'backups'),
      secretStore: options.secretStore,
      now: options.now,
    });
    this.openIfUnlocked();
  }

  /** The open store, for the app's own jobs (backups) and for tests; null while locked. */
  get database(): Db | null {
    return this.db;
  }

  dispatch(channel: string, payload: unknown): Result<unknown> {
    if (isVaultChannel(channel)) return this.vaultRequest(channel, payload);
    if (!this.store) {
      const request = validateRequest(channel, payload);
      if (!request.ok) return request.result;
      return fail('locked', 'Cairn is locked: unlock it to continue.');
    }
    return this.store(channel, payload);
  }

  /** Closes and reopens the store with the same key, as quitting and starting again would. */
  reopen(): void {
    this.closeStore();
    this.openIfUnlocked();
  }

  close(): void {
    this.closeStore();
  }

  private vaultRequest(channel: VaultChannel, payload: unknown): Result<VaultStatus> {
    const request = validateRequest(channel, payload);
    if (!request.ok) return request.result;
    try {
      const input = request.input as Record<string, string | undefined>;
      const status = ((): VaultStatus => {
        switch (channel) {
          case 'vault.status':
            return this.vault.status();
          case 'vault.createWithPassphrase':
            return this.vault.createWithPassphrase(input.passphrase ?? '');
          case 'vault.unlock':
            return this.vault.unlock(input.passphrase ?? '');
          case 'vault.recover':
            return this.vault.recover(input.recoveryKey ?? '', input.newPassphrase);
          case 'vault.recoveryKeyStored':
            return this.vault.recoveryKeyStored();
        }
      })();
      this.openIfUnlocked();
      return ok(status);
    } catch (error) {
      if (error instanceof NewerDatabaseError) return fail('conflict', error.message);
      return failureOf(channel, error);
    }
  }

  private openIfUnlocked(): void {
    const key = this.vault.currentKey();
    if (!key || this.db) return;
    const db = openDatabase(this.dataFile, { key });
    this.db = db;
    this.store = createDispatcher({
      db,
      settings: this.options.settings,
      now: this.options.now,
      dataFile: this.dataFile,
      appVersion: this.options.appVersion,
    });
  }

  private closeStore(): void {
    if (this.db) closeDatabase(this.db);
    this.db = null;
    this.store = null;
  }
}
