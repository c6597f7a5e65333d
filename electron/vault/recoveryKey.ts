import { createHash } from 'node:crypto';
import { isDbKey, type DbKey } from '../db/cipher';

/**
 * The recovery key is the store's key itself, written for people: base32 (no 0/1/8/9
 * look-alikes), two check bytes so a typo is told apart from a wrong key, in groups of four.
 * With it the data opens on any machine.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function checkBytes(key: Buffer): Buffer {
  return createHash('sha256').update(key).digest().subarray(0, 2);
}

function toBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Buffer | null {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return null;
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export function encodeRecoveryKey(key: DbKey): string {
  const raw = Buffer.from(key, 'hex');
  const text = toBase32(Buffer.concat([raw, checkBytes(raw)]));
  return text.match(/.{1,4}/g)!.join('-');
}

export type DecodedRecoveryKey = { ok: true; key: DbKey } | { ok: false; reason: 'malformed' | 'typo' };

export function decodeRecoveryKey(input: string): DecodedRecoveryKey {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== 55) return { ok: false, reason: 'malformed' };
  const bytes = fromBase32(compact);
  if (!bytes || bytes.length !== 34) return { ok: false, reason: 'malformed' };
  const raw = bytes.subarray(0, 32);
  if (!bytes.subarray(32).equals(checkBytes(raw))) return { ok: false, reason: 'typo' };
  const key = raw.toString('hex');
  return isDbKey(key) ? { ok: true, key } : { ok: false, reason: 'malformed' };
}
