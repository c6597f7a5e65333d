import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import type { DbKey } from '../db/cipher';

/**
 * Where the OS offers no real key store, the store's key is sealed with a key derived from
 * the user's passphrase: scrypt (memory-hard, so guessing is slow) then AES-256-GCM (so a
 * wrong passphrase is detected, never turned into a wrong key).
 */
export interface WrappedKey {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

const COST = { N: 2 ** 15, r: 8, p: 1 };

function derive(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { ...cost, maxmem: 256 * cost.N * cost.r });
}

export function wrapWithPassphrase(key: DbKey, passphrase: string): WrappedKey {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(passphrase, salt, COST), iv);
  const data = Buffer.concat([cipher.update(Buffer.from(key, 'hex')), cipher.final()]);
  return {
    kdf: 'scrypt',
    ...COST,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

/** The key, or null when the passphrase is wrong (or the file was altered). */
export function unwrapWithPassphrase(wrapped: WrappedKey, passphrase: string): DbKey | null {
  try {
    const key = derive(passphrase, Buffer.from(wrapped.salt, 'base64'), wrapped);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.data, 'base64')), decipher.final()]).toString('hex');
  } catch {
    return null;
  }
}
