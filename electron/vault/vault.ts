import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import type { VaultStatus } from '#shared/vault/model';
import { applyKey, isPlainSqliteFile, type DbKey } from '../db/cipher';
import { invalid } from '../ipc/domainError';
import { createLogger } from '../log';
import { readKeyFile, writeKeyFile, type KeyFile } from './keyFile';
import { unwrapWithPassphrase, wrapWithPassphrase } from './passphraseWrap';
import { decodeRecoveryKey, encodeRecoveryKey } from './recoveryKey';
import type { SecretStore } from './secretStore';
import { decide, type VaultDecision, type VaultFacts } from './state';
import { encryptInPlace } from './encryptInPlace';
import { unsealOsKey } from './osKey';

const log = createLogger('vault');

export interface VaultOptions {
  dataDir: string;
  dataFile: string;
  backupDir: string;
  secretStore: SecretStore;
  now: () => Date;
}

/** True when `key` opens the file (or the file does not exist yet). */
function keyOpens(dataFile: string, key: DbKey): boolean {
  if (!existsSync(dataFile)) return true;
  const db = new Database(dataFile, { fileMustExist: true });
  try {
    applyKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/**
 * Holds the store's key for this run. It never writes the key itself to disk: only sealed by
 * the OS key store or wrapped by the user's passphrase, and shown once as a recovery key.
 */
export class Vault {
  private key: DbKey | null = null;
  private protection: 'os' | 'passphrase' = 'os';
  private pendingRecoveryKey: string | null = null;
  private decision: VaultDecision;

  constructor(private readonly options: VaultOptions) {
    this.decision = decide(this.facts());
    if (this.decision.kind === 'open') this.unlocked(this.unsealFromOs()!, 'os', false);
    if (this.decision.kind === 'create' && this.decision.protection === 'os') this.setUp('os');
    if (this.decision.kind === 'encrypt-existing' && this.decision.protection === 'os') this.setUp('os');
  }

  /** The key once unlocked; the session opens the store with it. */
  currentKey(): DbKey | null {
    return this.key;
  }

  status(): VaultStatus {
    if (this.key) return { state: 'unlocked', protection: this.protection, recoveryKey: this.pendingRecoveryKey };
    const d = this.decision;
    switch (d.kind) {
      case 'create':
      case 'encrypt-existing':
        return { state: 'needs-new-passphrase', encryptingExisting: d.kind === 'encrypt-existing' };
      case 'ask-passphrase':
        return { state: 'needs-passphrase' };
      case 'ask-recovery-key':
        return {
          state: 'needs-recovery-key',
          reason: d.reason,
          needsNewPassphrase: !this.options.secretStore.isAvailable(),
        };
      case 'open':
        return { state: 'needs-passphrase' };
    }
  }

  createWithPassphrase(passphrase: string): VaultStatus {
    if (this.key || (this.decision.kind !== 'create' && this.decision.kind !== 'encrypt-existing')) {
      throw invalid('Cairn already has a key for this data; unlock it instead.');
    }
    this.setUp('passphrase', passphrase);
    return this.status();
  }

  unlock(passphrase: string): VaultStatus {
    if (this.key) return this.status();
    const file = readKeyFile(this.options.dataDir);
    if (this.decision.kind !== 'ask-passphrase' || file?.protection !== 'passphrase') {
      throw invalid('This data is not protected by a passphrase.');
    }
    const key = unwrapWithPassphrase(file.wrapped, passphrase);
    if (!key || !keyOpens(this.options.dataFile, key)) {
      throw invalid('That passphrase does not open this data. Check it, or use your recovery key.', 'passphrase');
    }
    this.unlocked(key, 'passphrase', false);
    return this.status();
  }

  recover(recoveryKey: string, newPassphrase: string | undefined): VaultStatus {
    if (this.key) return this.status();
    const decoded = decodeRecoveryKey(recoveryKey);
    if (!decoded.ok) {
      throw invalid(
        decoded.reason === 'typo'
          ? 'This recovery key has a typo; check each group of four.'
          : 'A recovery key is 14 groups of letters and digits separated by dashes.',
        'recoveryKey',
      );
    }
    if (!keyOpens(this.options.dataFile, decoded.key)) {
      throw invalid('This recovery key belongs to other data; it does not open this file.', 'recoveryKey');
    }
    const useOs = this.options.secretStore.isAvailable();
    if (!useOs && !newPassphrase) {
      throw invalid('Choose a passphrase to protect the data on this machine.', 'newPassphrase');
    }
    writeKeyFile(this.options.dataDir, this.seal(decoded.key, useOs ? 'os' : 'passphrase', newPassphrase));
    this.unlocked(decoded.key, useOs ? 'os' : 'passphrase', false);
    log.info('recovered with the recovery key');
    return this.status();
  }

  /** The recovery key while the first-run screen still shows it; null once the user has stored it. */
  recoveryKeyToStore(): string | null {
    return this.key ? this.pendingRecoveryKey : null;
  }

  recoveryKeyStored(): VaultStatus {
    this.pendingRecoveryKey = null;
    return this.status();
  }

  private facts(): VaultFacts {
    const { dataFile, dataDir, secretStore } = this.options;
    const file = readKeyFile(dataDir);
    const facts: VaultFacts = {
      dataFile: !existsSync(dataFile) ? 'missing' : isPlainSqliteFile(dataFile) ? 'plain' : 'encrypted',
      keyFile: file ? file.protection : 'missing',
      osKeyStore: secretStore.isAvailable() ? 'available' : 'unavailable',
    };
    if (file?.protection === 'os') facts.osUnseal = this.unsealFromOs() ? 'ok' : 'failed';
    return facts;
  }

  private unsealFromOs(): DbKey | null {
    return unsealOsKey(this.options.dataDir, this.options.secretStore);
  }

  private seal(key: DbKey, protection: 'os' | 'passphrase', passphrase?: string): KeyFile {
    return protection === 'os'
      ? {
          format: 'cairn-key',
          version: 1,
          protection,
          sealed: this.options.secretStore.encrypt(key).toString('base64'),
        }
      : { format: 'cairn-key', version: 1, protection, wrapped: wrapWithPassphrase(key, passphrase ?? '') };
  }

  private setUp(protection: 'os' | 'passphrase', passphrase?: string): void {
    const key = randomBytes(32).toString('hex');
    // The key is on disk before any file is encrypted with it: a crash between the two then
    // leaves a plain file (encrypted again on the next start, with a new key), never an
    // encrypted one whose key was only ever in memory.
    writeKeyFile(this.options.dataDir, this.seal(key, protection, passphrase));
    if (this.decision.kind === 'encrypt-existing') {
      const stamp = this.options.now().toISOString().replace(/[:.]/g, '-');
      encryptInPlace(this.options.dataFile, key, this.options.backupDir, stamp);
      log.info('encrypted an existing data file after backing it up');
    }
    this.unlocked(key, protection, true);
  }

  private unlocked(key: DbKey, protection: 'os' | 'passphrase', showRecoveryKey: boolean): void {
    this.key = key;
    this.protection = protection;
    this.pendingRecoveryKey = showRecoveryKey ? encodeRecoveryKey(key) : null;
  }
}
