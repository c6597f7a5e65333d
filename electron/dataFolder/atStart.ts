import { dataDirChosenAtStart } from '../dataLocation';
import type { SecretStore } from '../vault/secretStore';
import { unsealOsKey } from '../vault/osKey';
import { runPendingMove, type MoveStep } from './moveAtStart';
import { readPointer } from './pointer';

export interface DataFolderAtStart {
  /** Where the store opens from in this run. */
  dataDir: string;
  /** Given by `--data-dir` or CAIRN_DATA_DIR: they win over the folder chosen in Settings. */
  chosenAtStart: boolean;
  /** Electron's user-data folder, where the pointer file lives. */
  userDataDir: string;
}

export interface AtStartOptions {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  userDataDir: string;
  secretStore: SecretStore;
  now: () => Date;
  afterStep?: (step: MoveStep) => void;
}

/**
 * Decides the data folder for this run, first finishing a move recorded in Settings (before
 * anything opens the store). A folder given at start wins: the recorded move then waits.
 */
export function dataFolderAtStart(options: AtStartOptions): DataFolderAtStart {
  const { userDataDir } = options;
  const given = dataDirChosenAtStart(options.argv, options.env);
  if (given) return { dataDir: given, chosenAtStart: true, userDataDir };
  runPendingMove({
    userDataDir,
    keyFor: (dir) => unsealOsKey(dir, options.secretStore),
    now: options.now,
    afterStep: options.afterStep,
  });
  return { dataDir: readPointer(userDataDir).dataDir ?? userDataDir, chosenAtStart: false, userDataDir };
}
