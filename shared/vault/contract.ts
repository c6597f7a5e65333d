import { z } from 'zod';
import { command, query } from '../ipc/channel';
import { passphraseSchema as passphrase, type RecoveryKeyCopied, type VaultStatus } from './model';

/** The vault's channels: answered by the session itself (electron/session/ownChannels.ts), also while locked. */
export const vaultContract = {
  'vault.status': query<VaultStatus>()(z.strictObject({})),
  /** First run (or first encrypted run) where the OS has no key store. */
  'vault.createWithPassphrase': command<VaultStatus>()(z.strictObject({ passphrase })),
  'vault.unlock': command<VaultStatus>()(z.strictObject({ passphrase: z.string().max(1024) })),
  'vault.recover': command<VaultStatus>()(
    z.strictObject({ recoveryKey: z.string().max(200), newPassphrase: passphrase.optional() }),
  ),
  /**
   * Puts the recovery key on the system clipboard while it is still being shown (first run).
   * Main writes it, not the window: the renderer has no clipboard permission at all
   * (electron/security/harden.ts), and takes no text here, so it cannot fill the clipboard
   * with anything else. Main clears it again after a while if it is still there.
   */
  'vault.copyRecoveryKey': command<RecoveryKeyCopied>()(z.strictObject({})),
  /** The user has stored the recovery key; it is not shown again. */
  'vault.recoveryKeyStored': command<VaultStatus>()(z.strictObject({})),
};

export type VaultChannel = keyof typeof vaultContract;

export function isVaultChannel(name: string): name is VaultChannel {
  return Object.hasOwn(vaultContract, name);
}
