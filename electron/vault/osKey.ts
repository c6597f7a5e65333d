import type { DbKey } from '../db/cipher';
import { readKeyFile } from './keyFile';
import type { SecretStore } from './secretStore';

/**
 * The store's key from its key file, when the OS key store sealed it and can unseal it
 * here; null otherwise (a passphrase protects it, or another machine sealed it). The vault
 * opens with it, and a move at start checks its copy with it, before anyone has unlocked.
 */
export function unsealOsKey(dataDir: string, secretStore: SecretStore): DbKey | null {
  const file = readKeyFile(dataDir);
  if (file?.protection !== 'os' || !secretStore.isAvailable()) return null;
  try {
    const key = secretStore.decrypt(Buffer.from(file.sealed, 'base64'));
    return /^[0-9a-f]{64}$/.test(key) ? key : null;
  } catch {
    return null;
  }
}
