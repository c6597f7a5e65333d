import { z } from 'zod';

export const PASSPHRASE_MIN = 10;

export const passphraseSchema = z
  .string()
  .min(PASSPHRASE_MIN, `Use at least ${PASSPHRASE_MIN} characters.`)
  .max(1024, 'The passphrase must be at most 1024 characters.');

/** What the lock screen shows. */
export type VaultStatus =
  | { state: 'unlocked'; protection: 'os' | 'passphrase'; recoveryKey: string | null }
  | { state: 'needs-new-passphrase'; encryptingExisting: boolean }
  | { state: 'needs-passphrase' }
  | { state: 'needs-recovery-key'; reason: 'key-store-changed' | 'key-file-missing'; needsNewPassphrase: boolean };

/** How long the system clipboard holds a copied recovery key before Cairn clears it (if it is still there). */
export const RECOVERY_KEY_CLIPBOARD_SECONDS = 60;

/** The answer to a copy of the recovery key: when Cairn will take it off the clipboard again. */
export interface RecoveryKeyCopied {
  clearedAfterSeconds: number;
}
