/**
 * Where the data lives, as Settings shows it. Paths are the user's own folders: the window
 * only ever names a folder the system's folder picker gave it (see electron/dataFolder).
 */
export type LastMove =
  /** The data moved here; the old copy was left in `from` for the user to remove. */
  | { outcome: 'moved'; from: string; at: string; oldCopyRemoved: boolean }
  /** The move was tried at start and undone: the data stayed where it was. */
  | { outcome: 'failed'; to: string; reason: string; at: string };

export interface DataFolderStatus {
  /** The folder the data is in now. */
  folder: string;
  /** Chosen when Cairn was started (a start-up option): it cannot be changed from Settings. */
  chosenAtStart: boolean;
  /** A move recorded for the next start. */
  pendingMove: { to: string } | null;
  lastMove: LastMove | null;
}
