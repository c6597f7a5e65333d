import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { WrongKeyError, type DbKey } from '../db/cipher';
import { NewerDatabaseError } from '../db/migrate';
import { closeDatabase, DamagedDatabaseError, openDatabase } from '../db/open';
import { invalid } from '../ipc/domainError';

/**
 * Opens a staged restore exactly as the app will open its store (key, check, migrations),
 * then closes it. A refusal here means the data file was not touched. Its pre-migration copy
 * is thrown away: the backup it was made from is still in the backups folder.
 */
export function tryOpenRestored(copy: string, key: DbKey, backupDir: string): void {
  const scratch = mkdtempSync(join(backupDir, '.restore-check-'));
  try {
    closeDatabase(openDatabase(copy, { key, backupDir: scratch }));
  } catch (error) {
    const why =
      error instanceof NewerDatabaseError
        ? 'This backup was made by a newer version of Cairn. Update Cairn, then restore it.'
        : error instanceof DamagedDatabaseError || error instanceof WrongKeyError
          ? 'This backup file is damaged or does not open with your key.'
          : 'Cairn could not open this backup, so it was not restored.';
    throw invalid(`${why} Your data was not changed.`, 'id');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
