import { z } from 'zod';
import { command, query } from '../ipc/channel';
import { idSchema } from '../schemas/fields';
import { ERASED_KINDS, type BackupInfo, type BackupPreview, type BackupsHolding, type StoreStatus } from './model';

/**
 * The store's own channels (its state, its backups): answered by the session itself
 * (electron/session/ownChannels.ts), also while the store is damaged or not open.
 */
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

/** Store and backup channels: the session's own, with the vault's. */
export type SessionChannel = keyof typeof backupsContract;

export function isSessionChannel(name: string): name is SessionChannel {
  return Object.hasOwn(backupsContract, name);
}
