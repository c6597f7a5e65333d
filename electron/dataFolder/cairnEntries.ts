import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILE_NAME } from '../dataLocation';
import { KEY_FILE_NAME } from '../vault/keyFile';

/**
 * What of a data folder is Cairn's: the store (with SQLite's WAL and shared-memory files),
 * its sealed key, the settings beside it, the backups and the damaged files set aside. A
 * move copies exactly these, and removing an old copy deletes exactly these: the default
 * data folder is also Electron's own (caches, window state), and a folder the user chose
 * may hold their other files.
 */
export const SETTINGS_FILE_NAME = 'settings.json';
export const CAIRN_ENTRIES = [
  DATA_FILE_NAME,
  `${DATA_FILE_NAME}-wal`,
  `${DATA_FILE_NAME}-shm`,
  KEY_FILE_NAME,
  SETTINGS_FILE_NAME,
  'backups',
  'damaged',
] as const;

/** Written first into a folder a move is copying to, removed last: a copy a crash cut short is known by it. */
export const MOVE_MARKER = '.cairn-move-in-progress';

/** Cairn's entries present in `dir`. */
export function cairnEntriesIn(dir: string): string[] {
  return CAIRN_ENTRIES.filter((name) => existsSync(join(dir, name)));
}

/** A store or its key: some Cairn's data, which a move must never overwrite or adopt. */
export function holdsCairnStore(dir: string): boolean {
  return existsSync(join(dir, DATA_FILE_NAME)) || existsSync(join(dir, KEY_FILE_NAME));
}
