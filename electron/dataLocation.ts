import { isAbsolute, join, resolve } from 'node:path';

export const DATA_FILE_NAME = 'cairn.sqlite';

/**
 * Where the store lives: `--data-dir=PATH` on the command line, else CAIRN_DATA_DIR, else
 * the app's user-data folder. Users who keep data on an encrypted volume point it there.
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): string {
  const flag = argv.find((a) => a.startsWith('--data-dir='));
  const chosen = flag?.slice('--data-dir='.length) || env.CAIRN_DATA_DIR || userDataDir;
  return isAbsolute(chosen) ? chosen : resolve(chosen);
}

export function dataFilePath(dataDir: string): string {
  return join(dataDir, DATA_FILE_NAME);
}
