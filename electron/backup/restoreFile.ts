import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Puts a verified backup in place of the data file. The copy is made under a temporary name
 * and renamed over the data file, so a crash mid-copy leaves either the old file or the new.
 * The old WAL and shared-memory files belong to the old file and go with it.
 */
export function replaceDataFile(dataFile: string, backup: string): void {
  const incoming = `${dataFile}.restoring`;
  copyFileSync(backup, incoming);
  for (const suffix of ['-wal', '-shm']) rmSync(`${dataFile}${suffix}`, { force: true });
  renameSync(incoming, dataFile);
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
