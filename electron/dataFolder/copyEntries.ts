import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { syncDirectory, syncFile } from '../durableFiles';
import { cairnEntriesIn } from './cairnEntries';

/** Every file under Cairn's entries in `dir`, as paths relative to it (folders walked). */
export function cairnFilesIn(dir: string): string[] {
  const files: string[] = [];
  const walk = (relativePath: string) => {
    const path = join(dir, relativePath);
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(relativePath, name));
    } else {
      files.push(relativePath);
    }
  };
  for (const entry of cairnEntriesIn(dir)) walk(entry);
  return files;
}

/**
 * Copies Cairn's files from `from` to `to`, each flushed to the disk, and every folder
 * written into flushed after (so the names are on the disk too, not only the bytes).
 * Returns the files copied, relative to both folders.
 */
export function copyCairnFiles(from: string, to: string): string[] {
  const files = cairnFilesIn(from);
  const folders = new Set<string>([to]);
  for (const file of files) {
    const target = join(to, file);
    const folder = join(target, '..');
    mkdirSync(folder, { recursive: true });
    folders.add(folder);
    copyFileSync(join(from, file), target);
    syncFile(target);
  }
  // Deepest first: a folder's own entry in its parent is flushed after what it holds.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) syncDirectory(folder);
  return files;
}
