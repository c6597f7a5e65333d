import type { ReadableDB } from '../../db/access';

/**
 * Tables that only restate others, kept in step by triggers (calibration's rows, migrations 022–023):
 * an export leaves them out and an import rebuilds them from the rows it writes.
 */
const DERIVED = new Set(['calibration_cards', 'calibration_layouts']);

/**
 * The tables that hold user data: every table but SQLite's own, the internals of full-text
 * indexes (which triggers rebuild from the real tables) and the derived tables above.
 */
export function dataTables(db: ReadableDB): string[] {
  const rows = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL/i.test(r.sql)).map((r) => r.name);
  return rows
    .filter((r) => !/^CREATE VIRTUAL/i.test(r.sql) && !virtual.some((v) => r.name.startsWith(`${v}_`)))
    .filter((r) => !DERIVED.has(r.name))
    .map((r) => r.name);
}

export function columnsOf(db: ReadableDB, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
}

export const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function hasRowid(db: ReadableDB, table: string): boolean {
  const row = db.prepare('SELECT wr FROM pragma_table_list WHERE name = ?').get(table) as { wr: number } | undefined;
  return row?.wr === 0;
}
