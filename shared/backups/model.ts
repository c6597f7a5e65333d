import { z } from 'zod';
import { command, query } from '../ipc/channel';
import { idSchema } from '../schemas/fields';

export const BACKUP_KINDS = ['scheduled', 'manual', 'pre-restore', 'pre-migration', 'pre-encryption'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupInfo {
  /** The file name inside the backups folder: the only handle the window gets. */
  id: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
}

export interface BackupPreview {
  id: string;
  createdAt: string;
  schemaVersion: number;
  /** Rows per kind of data, e.g. { people: 12, teams: 2 }. */
  counts: Record<string, number>;
}

/** Someone just erased (or about to be): a person, or an interview candidate. */
export const ERASED_KINDS = ['person', 'candidate'] as const;
export type ErasedKind = (typeof ERASED_KINDS)[number];

/**
 * Backups are snapshots: those made before an erase still hold the person. What remains,
 * and until when, so the erase dialog can say it plainly and offer to remove them now.
 */
export interface BackupsHolding {
  /** The backups that hold them, newest first. */
  backups: BackupInfo[];
  /** When the last of the scheduled ones among them will have been pruned; null if none will be. */
  prunedBy: string | null;
  /** How many stay until removed by hand: made on demand, before a restore, an upgrade or encryption (or all, with backups off). */
  keptUntilRemoved: number;
}

/** Whether the store opened, or was found damaged at start (and set aside, never reset). */
export type StoreStatus = { state: 'open' } | { state: 'damaged'; damagedFile: string; backups: BackupInfo[] };

const backupId = z
  .string()
  .max(200)
  .regex(/^[\w.-]+\.sqlite$/, 'must be the name of a backup file');

export const backupsContract = {
  'store.status': query<StoreStatus>()(z.strictObject({})),
  /**
   * Answers once the start-up check of a large store (run in the background while the window
   * loads) has finished: 'damaged' if it failed. Not a query, because it waits for the check.
   */
  'store.awaitCheck': command<StoreStatus>()(z.strictObject({})),
  /** After damage with no usable backup: an empty store; the damaged file stays set aside. */
  'store.startEmpty': command<StoreStatus>()(z.strictObject({})),
  'backups.list': query<BackupInfo[]>()(z.strictObject({})),
  'backups.create': command<BackupInfo>()(z.strictObject({})),
  'backups.preview': query<BackupPreview>()(z.strictObject({ id: backupId })),
  /** Backups that still hold a person or candidate (see BackupsHolding). */
  'backups.holding': query<BackupsHolding>()(z.strictObject({ kind: z.enum(ERASED_KINDS), id: idSchema })),
  /**
   * After an erase: a new backup (without them) is made and verified first, then every backup
   * that still holds them is deleted. Refused while they are still in the data.
   */
  'backups.removeHolding': command<{ removed: number; made: BackupInfo }>()(
    z.strictObject({ kind: z.enum(ERASED_KINDS), id: idSchema }),
  ),
  /** The current data is backed up first, unless it is the damaged file being replaced. */
  'backups.restore': command<StoreStatus>()(z.strictObject({ id: backupId })),
};

export type SessionChannel = keyof typeof backupsContract;

export function isSessionChannel(name: string): name is SessionChannel {
  return Object.hasOwn(backupsContract, name);
}
