import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import type { Db } from '#electron/db/open';

const PAGE = 4096;

function overwrite(file: string, offset: number, length: number): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(length, 0x5a), 0, length, offset);
  closeSync(fd);
}

/** Everything past the first page: the header still reads, the schema does not (found at open). */
export function damageAfterFirstPage(file: string): void {
  overwrite(file, PAGE, statSync(file).size - PAGE);
}

/** The pages that hold a table's rows (SQLite's dbstat), read while the store is open. */
export function pagesOf(db: Db, table: string): number[] {
  return db.prepare('SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno').pluck().all(table) as number[];
}

/**
 * Only these pages (say, one table's): the schema still reads, so the store opens and only
 * the full check finds the damage, as with a disk failing under old rows. The file must have
 * been closed cleanly, so that nothing of it waits in the WAL.
 */
export function damagePages(file: string, pages: number[]): void {
  for (const page of pages) overwrite(file, (page - 1) * PAGE, PAGE);
}
