import { z } from 'zod';
import { command, query } from '../ipc/channel';
import type { DataFolderStatus } from './model';

/**
 * Choosing where the data lives: answered by the session itself (electron/dataFolder), also
 * while the store is not open. The move happens at the next start, before the store opens.
 */
export const dataFolderContract = {
  'dataFolder.status': query<DataFolderStatus>()(z.strictObject({})),
  /**
   * Opens the system's folder picker. Null when the user cancels; a folder Cairn cannot use
   * is refused with the reason, and nothing is recorded.
   */
  'dataFolder.choose': command<{ folder: string } | null>()(z.strictObject({})),
  /** Records the move for the next start; only the folder the picker just gave is accepted. */
  'dataFolder.scheduleMove': command<DataFolderStatus>()(z.strictObject({ folder: z.string().min(1).max(4096) })),
  'dataFolder.cancelMove': command<DataFolderStatus>()(z.strictObject({})),
  /** Deletes Cairn's files from the folder the data moved away from (never anything else there). */
  'dataFolder.removeOldCopy': command<DataFolderStatus>()(z.strictObject({})),
  /** Quits and starts Cairn again, so a recorded move happens now. */
  'dataFolder.restart': command<null>()(z.strictObject({})),
};

export type DataFolderChannel = keyof typeof dataFolderContract;

export function isDataFolderChannel(name: string): name is DataFolderChannel {
  return Object.hasOwn(dataFolderContract, name);
}
