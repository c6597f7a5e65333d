import { z } from 'zod';
import { command, query } from '../ipc/channel';

export const PASSPHRASE_MIN = 10;

const passphrase = z
  .string()
  .min(PASSPHRASE_MIN, `Use at least ${PASSPHRASE_MIN} characters`)
  .max(1024, 'must be at most 1024 characters');

/** What the lock screen shows. */
export type VaultStatus =
  | { state: 'unlocked'; protection: 'os' | 'passphrase'; recoveryKey: string | null }
  | { state: 'needs-new-passphrase'; encryptingExisting: boolean }
  | { state: 'needs-passphrase' }
  | { state: 'needs-recovery-key'; reason: 'key-store-changed' | 'key-file-missing'; needsNewPassphrase: boolean };

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
