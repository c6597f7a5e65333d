import { isAbsolute, join, resolve } from 'node:path';

export const DATA_FILE_NAME = 'cairn.sqlite';

/** The folder given when Cairn was started (`--data-dir=PATH`, else CAIRN_DATA_DIR), or null. */
export function dataDirChosenAtStart(argv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  const flag = argv.find((a) => a.startsWith('--data-dir='));
  const chosen = flag?.slice('--data-dir='.length) || env.CAIRN_DATA_DIR;
  if (!chosen) return null;
  return isAbsolute(chosen) ? chosen : resolve(chosen);
}

/**
 * Where the store lives when no folder was chosen in Settings: `--data-dir=PATH` on the
 * command line, else CAIRN_DATA_DIR, else the app's user-data folder. Users who keep data on
 * an encrypted volume point it there. The folder chosen in Settings comes between the last
 * two (electron/dataFolder/atStart.ts).
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): string {
  return dataDirChosenAtStart(argv, env) ?? userDataDir;
}

export function dataFilePath(dataDir: string): string {
  return join(dataDir, DATA_FILE_NAME);
}
