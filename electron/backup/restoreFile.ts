import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFile } from '../durableFiles';

/**
 * Copies a backup beside the data file under a temporary name and hands the copy to `tryOpen`,
 * which opens it as Cairn would (schema brought up to date, checked): a file Cairn could not
 * run is refused here, with the data file not yet touched. Returns the copy's path, for
 * `putInPlace`; on a refusal the copy is removed and the error goes on.
 */
export function stageRestore(dataFile: string, backup: string, tryOpen: (copy: string) => void): string {
  const incoming = `${dataFile}.restoring`;
  const removeCopy = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${incoming}${suffix}`, { force: true });
  };
  removeCopy();
  copyFileSync(backup, incoming);
  try {
    tryOpen(incoming);
  } catch (error) {
    removeCopy();
    throw error;
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${incoming}${suffix}`, { force: true });
  return incoming;
}

/**
 * Renames the staged copy over the data file, flushed first and the rename flushed after, so
 * a crash or power cut leaves either the old file or the new. The old store is closed (its WAL
 * folded in) before this runs; its WAL and shared-memory files belong to it and go with it.
 */
export function putInPlace(dataFile: string, staged: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(`${dataFile}${suffix}`, { force: true });
  replaceFile(staged, dataFile);
}

/** Moves a damaged data file (and its WAL) aside, so that nothing of it is lost or reused. */
export function setAside(dataFile: string, dataDir: string, at: Date): string {
  const dir = join(dataDir, 'damaged');
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `cairn-damaged-${at.toISOString().replace(/[:.]/g, '-')}.sqlite`);
  renameSync(dataFile, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${dataFile}${suffix}`)) renameSync(`${dataFile}${suffix}`, `${target}${suffix}`);
  }
  return target;
}
