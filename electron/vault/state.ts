/**
 * What starting Cairn needs from the user, decided from what is on disk and what the OS
 * offers. Pure, so every combination is tested.
 */
export interface VaultFacts {
  dataFile: 'missing' | 'plain' | 'encrypted';
  keyFile: 'missing' | 'os' | 'passphrase';
  osKeyStore: 'available' | 'unavailable';
  /** Only for keyFile 'os': whether the OS key store could unseal it. */
  osUnseal?: 'ok' | 'failed';
}

export type Protection = 'os' | 'passphrase';

export type VaultDecision =
  /** Nothing yet: make a key (sealed by the OS, or by a passphrase the user sets first). */
  | { kind: 'create'; protection: Protection }
  /** A file from before encryption: back it up, then encrypt it in place. */
  | { kind: 'encrypt-existing'; protection: Protection }
  /** The OS key store unsealed the key: open without asking. */
  | { kind: 'open' }
  | { kind: 'ask-passphrase' }
  /** The key cannot be had here (another machine, a reset key store, a lost key file). */
  | { kind: 'ask-recovery-key'; reason: 'key-store-changed' | 'key-file-missing' };

export function decide(facts: VaultFacts): VaultDecision {
  const protection: Protection = facts.osKeyStore === 'available' ? 'os' : 'passphrase';
  if (facts.dataFile === 'missing') return { kind: 'create', protection };
  if (facts.dataFile === 'plain') return { kind: 'encrypt-existing', protection };
  switch (facts.keyFile) {
    case 'missing':
      return { kind: 'ask-recovery-key', reason: 'key-file-missing' };
    case 'passphrase':
      return { kind: 'ask-passphrase' };
    case 'os':
      return facts.osKeyStore === 'available' && facts.osUnseal === 'ok'
        ? { kind: 'open' }
        : { kind: 'ask-recovery-key', reason: 'key-store-changed' };
  }
}
