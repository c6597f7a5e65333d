import { z } from 'zod';
import { command, query } from '../ipc/channel';
import { passphraseSchema as passphrase, type VaultStatus } from './model';

/** The vault's channels: answered by the session itself (electron/session/ownChannels.ts), also while locked. */
export const vaultContract = {
  'vault.status': query<VaultStatus>()(z.strictObject({})),
  /** First run (or first encrypted run) where the OS has no key store. */
  'vault.createWithPassphrase': command<VaultStatus>()(z.strictObject({ passphrase })),
  'vault.unlock': command<VaultStatus>()(z.strictObject({ passphrase: z.string().max(1024) })),
  'vault.recover': command<VaultStatus>()(
    z.strictObject({ recoveryKey: z.string().max(200), newPassphrase: passphrase.optional() }),
  ),
  /** The user has stored the recovery key; it is not shown again. */
  'vault.recoveryKeyStored': command<VaultStatus>()(z.strictObject({})),
};

export type VaultChannel = keyof typeof vaultContract;

export function isVaultChannel(name: string): name is VaultChannel {
  return Object.hasOwn(vaultContract, name);
}
