/**
 * The operating system's key store (Keychain, DPAPI, libsecret/kwallet), as Electron's
 * safeStorage offers it. `isAvailable` is false where it would only obfuscate (Linux's
 * basic_text backend): then Cairn asks for a passphrase instead.
 */
export interface SecretStore {
  isAvailable(): boolean;
  encrypt(plain: string): Buffer;
  /** Throws when the blob was sealed by another key store (new machine, reset keyring). */
  decrypt(sealed: Buffer): string;
}
