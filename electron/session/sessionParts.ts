import type { StoreStatus } from '#shared/backups/model';
import type { DbKey } from '../db/cipher';
import type { Db } from '../db/open';
import { DomainError } from '../ipc/domainError';
import type { SettingsStore } from '../settings/store';
import type { Vault } from '../vault/vault';
import type { Later, SystemClipboard } from './secretClipboard';

/** What the session's own channels (ownChannels.ts) need from the session that answers them. */
export interface SessionParts {
  vault: Vault;
  dataFile: string;
  backupDir: string;
  settings: SettingsStore;
  now: () => Date;
  /** The system clipboard (Electron's in the app), for the recovery key's Copy; `later` clears it. */
  clipboard: SystemClipboard;
  later: Later;
  /** The open store; null while locked or set aside as damaged. */
  currentDb(): Db | null;
  storeStatus(): StoreStatus;
  /** After damage with no usable backup: forget the damage, so an empty store opens. */
  startEmpty(): StoreStatus;
  /** Closes the open store (if any) and forgets the damage: a restored file takes its place. */
  closeForRestore(): void;
}

export function requireKey(s: SessionParts): DbKey {
  const key = s.vault.currentKey();
  if (!key) throw new DomainError('locked', 'Cairn is locked: unlock it to continue.');
  return key;
}

export function requireOpen(s: SessionParts): Db {
  const db = s.currentDb();
  if (!db) throw new DomainError('locked', 'The data is not open.');
  return db;
}
