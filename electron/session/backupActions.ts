import type { BackupInfo, ErasedKind } from '#shared/backups/model';
import { backupPath, writeBackup } from '../backup/backupFiles';
import { backupsHoldingRow, removeBackups } from '../backup/backupsHolding';
import { inspectBackup } from '../backup/inspectBackup';
import { putInPlace, stageRestore } from '../backup/restoreFile';
import { tryOpenRestored } from '../backup/tryOpenRestored';
import { conflict, invalid } from '../ipc/domainError';
import { createLogger } from '../log';
import { requireKey, requireOpen, type SessionParts } from './sessionParts';

const log = createLogger('session');

/**
 * Nothing is replaced until the backup has been inspected (the reason in words if not) and
 * a copy of it has opened as Cairn would open it: a file Cairn could not run never takes
 * the place of the data. The current data is backed up first when it is open.
 */
export function restoreBackup(s: SessionParts, id: string): void {
  const key = requireKey(s);
  const source = backupPath(s.backupDir, id);
  const verdict = inspectBackup(source, key);
  if (!verdict.usable) throw invalid(`${verdict.reason} Your data was not changed.`, 'id');
  const staged = stageRestore(s.dataFile, source, (copy) => tryOpenRestored(copy, key, s.backupDir));
  const open = s.currentDb();
  if (open) writeBackup(open, s.backupDir, 'pre-restore', s.now(), key);
  s.closeForRestore();
  putInPlace(s.dataFile, staged);
  log.info('restored a backup');
}

/**
 * A fresh backup (which no longer holds them) is made and verified before any backup is
 * deleted, so the user is never left without one.
 */
export function removeHolding(s: SessionParts, kind: ErasedKind, id: string): { removed: number; made: BackupInfo } {
  const db = requireOpen(s);
  const key = requireKey(s);
  const table = kind === 'person' ? 'people' : 'candidates';
  if (db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id))
    throw conflict(`Erase the ${kind} first: their backups are removed only after they are erased.`);
  const holding = backupsHoldingRow(s.backupDir, key, kind, id);
  const made = writeBackup(db, s.backupDir, 'manual', s.now(), key);
  const removed = removeBackups(
    s.backupDir,
    holding.filter((b) => b.id !== made.id),
  );
  log.info(`removed ${removed} backups holding erased data`);
  return { removed, made };
}
