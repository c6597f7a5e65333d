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
