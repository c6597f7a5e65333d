import { safeStorage } from 'electron';
import type { SecretStore } from './secretStore';

/**
 * Electron's safeStorage. On Linux without a keyring it falls back to 'basic_text', which
 * only obfuscates with a hard-coded password: that does not count as a key store.
 */
export function electronSecretStore(): SecretStore {
  return {
    isAvailable() {
      if (!safeStorage.isEncryptionAvailable()) return false;
      return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
    },
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(sealed),
  };
}
