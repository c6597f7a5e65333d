import { z } from 'zod';
import type { ImportPreview } from '#shared/data/contract';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate, schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { asReadable, type ReadableDB, type WritableDB } from '../../db/access';
import { conflict, invalid } from '../../ipc/domainError';
import { EXPORT_FORMAT } from './exportAll';
import { columnsOf, dataTables, quoteName } from './tables';

const cell = z.union([z.string(), z.number(), z.null()]);
const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { message: 'is not a Cairn export' }),
  version: z.literal(1, { message: 'is an export format this Cairn does not know' }),
  schemaVersion: z.number().int().nonnegative(),
  exportedAt: z.string(),
  tables: z.record(z.string(), z.array(z.record(z.string(), cell))),
});
type ParsedExport = z.infer<typeof exportSchema>;

function parse(db: ReadableDB, json: string): ParsedExport {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw invalid(
      `json: the file is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}).`,
      'json',
    );
  }
  const parsed = exportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(`json: ${issue.path.join('.') || 'the file'} ${issue.message}.`, 'json');
  }
  const current = schemaVersion(db);
  if (parsed.data.schemaVersion !== current) {
    throw invalid(
      `json: this export was made by a Cairn with data schema ${parsed.data.schemaVersion}; this one uses ${current}. Import it with the same version of Cairn.`,
      'json',
    );
  }
  const known = new Set(dataTables(db));
  for (const [table, rows] of Object.entries(parsed.data.tables)) {
    if (!known.has(table)) throw invalid(`json: tables.${table} is not a table Cairn knows.`, 'json');
    const columns = new Set(columnsOf(db, table));
    rows.forEach((row, index) => {
      for (const column of Object.keys(row)) {
        if (!columns.has(column))
          throw invalid(`json: tables.${table}[${index}].${column} is not a known field.`, 'json');
      }
    });
  }
  return parsed.data;
}

const countOf = (db: ReadableDB, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${quoteName(table)}`).get() as { n: number }).n;

let seeded: Record<string, number> | null = null;
/** Rows a fresh store already has (singleton settings rows that migrations insert). */
function seededRows(): Record<string, number> {
  if (seeded) return seeded;
  const fresh = new Database(':memory:');
  migrate(fresh, migrations);
  const db = asReadable(fresh);
  seeded = Object.fromEntries(dataTables(db).map((t) => [t, countOf(db, t)]));
  fresh.close();
  return seeded;
}

function preview(data: ParsedExport): ImportPreview {
  const counts = Object.fromEntries(Object.entries(data.tables).map(([t, rows]) => [t, rows.length]));
  return { schemaVersion: data.schemaVersion, exportedAt: data.exportedAt, counts };
}

export function previewImport(db: ReadableDB, json: string): ImportPreview {
  return preview(parse(db, json));
}

/**
 * Restores a full export into an empty store. Runs inside the dispatcher's transaction, so
 * one bad row anywhere imports nothing; foreign keys are checked at commit so table order
 * does not matter.
 */
export function importAll(db: WritableDB, json: string): ImportPreview {
  const data = parse(db, json);
  const fresh = seededRows();
  const occupied = dataTables(db).find((t) => countOf(db, t) > (fresh[t] ?? 0));
  if (occupied) throw conflict('json: import restores into an empty Cairn only; this one already holds data.', 'json');
  db.pragma('defer_foreign_keys = ON');
  for (const [table, rows] of Object.entries(data.tables)) {
    // The export carries its own copy of rows a fresh store is seeded with.
    if ((fresh[table] ?? 0) > 0 && rows.length > 0) db.prepare(`DELETE FROM ${quoteName(table)}`).run();
    rows.forEach((row, index) => {
      const columns = Object.keys(row);
      if (columns.length === 0) return;
      const sql = `INSERT INTO ${quoteName(table)} (${columns.map(quoteName).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
      try {
        db.prepare(sql).run(...columns.map((c) => row[c]));
      } catch (error) {
        throw invalid(
          `json: tables.${table}[${index}] could not be restored (${error instanceof Error ? error.message : 'rejected'}).`,
          'json',
        );
      }
    });
  }
  const broken = db.pragma('foreign_key_check') as { table: string; rowid: number }[];
  if (broken.length > 0) {
    throw invalid(
      `json: tables.${broken[0]!.table} has a row that points at a record missing from the export.`,
      'json',
    );
  }
  return preview(data);
}
