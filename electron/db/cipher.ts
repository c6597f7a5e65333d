import { closeSync, openSync, readSync } from 'node:fs';
import { assert } from '../assert';

/** The store's key: 32 random bytes as 64 lowercase hex characters. */
export type DbKey = string;

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export function isDbKey(value: string): value is DbKey {
  return /^[0-9a-f]{64}$/.test(value);
}

/**
 * SQLCipher's format, so the file can also be opened with standard SQLCipher tools given
 * the recovery key: the data outlives the app.
 */
export function applyKey(db: { pragma(source: string): unknown }, key: DbKey): void {
  for (const statement of keyPragmas(key)) db.pragma(statement);
}

/** The pragmas applyKey runs, for a connection opened elsewhere (the integrity-check worker). */
export function keyPragmas(key: DbKey): string[] {
  assert(isDbKey(key), 'a database key is 64 hex characters');
  return [`cipher='sqlcipher'`, `key="x'${key}'"`];
}

export class WrongKeyError extends Error {
  constructor() {
    super('The key does not open this data file.');
    this.name = 'WrongKeyError';
  }
}

/** An unencrypted SQLite file starts with a fixed header; an encrypted one looks random. */
export function isPlainSqliteFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(PLAIN_HEADER.length);
    const read = readSync(fd, header, 0, header.length, 0);
    return read === 0 || header.equals(PLAIN_HEADER);
  } finally {
    closeSync(fd);
  }
}
