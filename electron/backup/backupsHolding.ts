import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { BackupInfo, BackupsHolding, ErasedKind } from '#shared/backups/model';
import { applyKey, type DbKey } from '../db/cipher';
import { listBackups } from './backupFiles';
import { LONGEST_KEPT_DAYS } from './retention';

const TABLE: Record<ErasedKind, string> = { person: 'people', candidate: 'candidates' };
const DAY = 86_400_000;

/** Whether one backup holds the row; a backup that cannot be read is counted as holding it. */
function holds(path: string, key: DbKey, kind: ErasedKind, id: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    applyKey(db, key);
    return db.prepare(`SELECT 1 FROM ${TABLE[kind]} WHERE id = ?`).get(id) !== undefined;
  } catch {
    return true;
  } finally {
    db?.close();
  }
}

/** Backups that still hold this person or candidate, newest first. */
export function backupsHoldingRow(dir: string, key: DbKey, kind: ErasedKind, id: string): BackupInfo[] {
  return listBackups(dir).filter((b) => holds(join(dir, b.id), key, kind, id));
}

/**
 * What remains and until when. Only scheduled backups are pruned (see retention.ts), and only
 * while backups run on a schedule; every other kind stays until removed by hand.
 */
export function describeHolding(backups: BackupInfo[], schedule: 'off' | 'daily' | 'weekly'): BackupsHolding {
  const pruned = schedule === 'off' ? [] : backups.filter((b) => b.kind === 'scheduled');
  const newest = pruned
    .map((b) => b.createdAt)
    .sort()
    .at(-1);
  return {
    backups,
    prunedBy: newest ? new Date(new Date(newest).getTime() + LONGEST_KEPT_DAYS * DAY).toISOString() : null,
    keptUntilRemoved: backups.length - pruned.length,
  };
}

export function removeBackups(dir: string, backups: BackupInfo[]): number {
  for (const b of backups) rmSync(join(dir, b.id), { force: true });
  return backups.length;
}
