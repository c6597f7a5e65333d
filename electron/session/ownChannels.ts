import type { SessionChannel } from '#shared/backups/contract';
import type { ChannelOutput, ParsedInput } from '#shared/ipc/contract';
import type { VaultChannel } from '#shared/vault/contract';
import { listBackups, previewBackup, writeBackup } from '../backup/backupFiles';
import { backupsHoldingRow, describeHolding } from '../backup/backupsHolding';
import { removeHolding, restoreBackup } from './backupActions';
import { RECOVERY_KEY_CLIPBOARD_SECONDS } from '#shared/vault/model';
import { conflict } from '../ipc/domainError';
import { copySecretForAWhile } from './secretClipboard';
import { requireKey, requireOpen, type SessionParts } from './sessionParts';

/** The channels the session answers itself, open store or not: the vault, the store's state, backups. */
export type OwnChannel = VaultChannel | SessionChannel;

/**
 * One handler per own channel, typed from the contract like the store's HandlerMap
 * (electron/ipc/handlers.ts): a channel without a handler, or a handler returning the wrong
 * thing, breaks the build.
 */
export type OwnHandlerMap = { [C in OwnChannel]: (input: ParsedInput<C>) => ChannelOutput<C> };

export function ownHandlers(s: SessionParts): OwnHandlerMap {
  return {
    'vault.status': () => s.vault.status(),
    'vault.createWithPassphrase': ({ passphrase }) => s.vault.createWithPassphrase(passphrase),
    'vault.unlock': ({ passphrase }) => s.vault.unlock(passphrase),
    'vault.recover': ({ recoveryKey, newPassphrase }) => s.vault.recover(recoveryKey, newPassphrase),
    'vault.copyRecoveryKey': () => {
      const key = s.vault.recoveryKeyToStore();
      if (!key) throw conflict('The recovery key is no longer shown, so there is nothing to copy.');
      copySecretForAWhile(s.clipboard, key, RECOVERY_KEY_CLIPBOARD_SECONDS, s.later);
      return { clearedAfterSeconds: RECOVERY_KEY_CLIPBOARD_SECONDS };
    },
    'vault.recoveryKeyStored': () => s.vault.recoveryKeyStored(),
    'store.status': () => s.storeStatus(),
    // The session has already waited for the check (not a query) and acted on its verdict.
    'store.awaitCheck': () => s.storeStatus(),
    'store.startEmpty': () => s.startEmpty(),
    'backups.list': () => listBackups(s.backupDir),
    'backups.create': () => writeBackup(requireOpen(s), s.backupDir, 'manual', s.now(), requireKey(s)),
    'backups.preview': ({ id }) => previewBackup(s.backupDir, id, requireKey(s)),
    'backups.restore': ({ id }) => {
      restoreBackup(s, id);
      return s.storeStatus();
    },
    'backups.holding': ({ kind, id }) =>
      describeHolding(backupsHoldingRow(s.backupDir, requireKey(s), kind, id), s.settings.get().backupSchedule),
    'backups.removeHolding': ({ kind, id }) => removeHolding(s, kind, id),
  };
}
