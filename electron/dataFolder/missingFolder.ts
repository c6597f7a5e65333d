import { existsSync } from 'node:fs';
import type { DataFolderAtStart } from './atStart';

/**
 * A folder chosen in Settings that is not there (a disconnected drive, an unmounted volume):
 * Cairn says so and stops, instead of starting an empty store in its place, which would look
 * as if the data were gone. The default folder, or one given at start, is created as before.
 */
export function missingDataFolderMessage(location: DataFolderAtStart): string | null {
  if (location.chosenAtStart || location.dataDir === location.userDataDir || existsSync(location.dataDir)) return null;
  return `Your data is in ${location.dataDir}, which cannot be found. If it is on a drive that is not connected, connect it, then start Cairn again. Nothing was changed.`;
}
