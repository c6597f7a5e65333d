import type { Db } from '#electron/db/open';

/**
 * Every table's full contents as one string, to prove a refused request wrote nothing.
 * Rows are sorted in JS: WITHOUT ROWID tables (and FTS5's shadow tables) have no rowid.
 */
export function snapshotAllTables(db: Db): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  return JSON.stringify(
    tables.map((t) => [
      t,
      db
        .prepare(`SELECT * FROM "${t}"`)
        .all()
        .map((r) => JSON.stringify(r))
        .sort(),
    ]),
  );
}

/** How many rows a table holds, to prove what a request wrote or did not. */
export const rowCount = (db: Db, table: string): number =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
