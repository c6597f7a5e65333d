import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '#shared/backups/model';
import { listBackups, writeBackup } from '../backup/backupFiles';
import { backupDue, backupsToKeep } from '../backup/retention';
import type { DbKey } from '../db/cipher';
import type { Db } from '../db/open';
import { createLogger } from '../log';
import type { SettingsStore } from '../settings/store';

const log = createLogger('session');

/** A backup when the schedule says one is due, then pruning of the scheduled ones no longer kept. */
export function runScheduledBackup(
  db: Db,
  key: DbKey,
  backupDir: string,
  settings: SettingsStore,
  now: () => Date,
): BackupInfo | null {
  const scheduled = listBackups(backupDir).filter((b) => b.kind === 'scheduled');
  if (!backupDue(scheduled[0]?.createdAt ?? null, settings.get().backupSchedule, now())) return null;
  const made = writeBackup(db, backupDir, 'scheduled', now(), key);
  const keep = backupsToKeep([made, ...scheduled], now());
  for (const old of scheduled) if (!keep.has(old.id)) rmSync(join(backupDir, old.id), { force: true });
  log.info('scheduled backup written');
  return made;
}
