import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretStore } from '#electron/vault/secretStore';

/**
 * Stands in for Electron's safeStorage, which needs the Electron binary: it seals with a
 * per-"machine" secret, so `replaceMachine()` behaves like a new computer or a reset keyring.
 */
export function createTestSecretStore(available = true): SecretStore & { replaceMachine(): void; available: boolean } {
  let machineSecret = randomBytes(32);
  return {
    available,
    isAvailable() {
      return this.available;
    },
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', machineSecret, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), data]);
    },
    decrypt(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', machineSecret, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    },
    replaceMachine() {
      machineSecret = randomBytes(32);
    },
  };
}
