import { placeInFile } from '#shared/schemas/placeInFile';
import { z } from 'zod';
import type { ImportPreview } from '#shared/data/contract';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate, schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { asReadable, type ReadableDB, type WritableDB } from '../../db/access';
import { conflict, invalid } from '../../ipc/domainError';
import { EXPORT_FORMAT } from './exportAll';
import { columnsOf, dataTables, quoteName } from './tables';
import { checkRowLinks, checkRowsAlone } from './validateRows';
import type { ClockContext } from '../clock';

const cell = z.union([z.string(), z.number(), z.null()]);
const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { message: 'is not a Cairn export' }),
  version: z.literal(1, { message: 'is an export format this Cairn does not know' }),
  schemaVersion: z.number().int().nonnegative(),
  exportedAt: z.string(),
  tables: z.record(z.string(), z.array(z.record(z.string(), cell))),
  /** What each 1:1's notes were at export (see noteSeals.ts); absent in exports made before. */
  noteSeals: z.record(z.string(), z.strictObject({ shared_notes: z.string(), private_notes: z.string() })).optional(),
});
type ParsedExport = z.infer<typeof exportSchema>;

/** A place in the file as a person finds it: tables.people, row 3, name (rows counted from 1). */
function placeOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  const [top, table, index, ...rest] = path;
  if (top === 'tables' && typeof index === 'number')
    return [`tables.${String(table)}, row ${index + 1}`, ...rest.map(String)].join(', ');
  return placeInFile(path);
}

function parse(db: ReadableDB, json: string): ParsedExport {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw invalid(`The file is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}).`, 'json');
  }
  const parsed = exportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(`${placeOf(issue.path)} ${issue.message}.`, 'json');
  }
  const current = schemaVersion(db);
  if (parsed.data.schemaVersion !== current) {
    throw invalid(
      `This export was made by another version of Cairn (its data is version ${parsed.data.schemaVersion}; this Cairn reads version ${current}). Import it with the version of Cairn that made it.`,
      'json',
    );
  }
  const known = new Set(dataTables(db));
  for (const [table, rows] of Object.entries(parsed.data.tables)) {
    if (!known.has(table)) throw invalid(`tables.${table} is not a table Cairn knows.`, 'json');
    const columns = new Set(columnsOf(db, table));
    rows.forEach((row, index) => {
      for (const column of Object.keys(row)) {
        if (!columns.has(column))
          throw invalid(`tables.${table}, row ${index + 1}: ${column} is not a known field.`, 'json');
      }
    });
  }
  return parsed.data;
}

const countOf = (db: ReadableDB, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${quoteName(table)}`).get() as { n: number }).n;

/** A table's rows in one comparable text, whatever their order (some tables have no rowid). */
const rowsOf = (db: ReadableDB, table: string) =>
  db
    .prepare(`SELECT * FROM ${quoteName(table)}`)
    .all()
    .map((row) => JSON.stringify(row))
    .sort()
    .join('\n');

let seeded: { counts: Record<string, number>; rows: Record<string, string> } | null = null;
/** What a fresh store holds: the rows migrations insert (settings, built-in templates), exactly. */
function seededStore() {
  if (seeded) return seeded;
  const fresh = new Database(':memory:');
  migrate(fresh, migrations);
  const db = asReadable(fresh);
  const tables = dataTables(db);
  seeded = {
    counts: Object.fromEntries(tables.map((t) => [t, countOf(db, t)])),
    rows: Object.fromEntries(tables.map((t) => [t, rowsOf(db, t)])),
  };
  fresh.close();
  return seeded;
}

/**
 * Whether the user has changed anything: a row added, or a seeded row edited (a built-in
 * template reworded, the retention period changed). Counting rows alone missed the edits,
 * and the import overwrote them silently.
 */
function holdsUserChanges(db: ReadableDB): boolean {
  const fresh = seededStore();
  return dataTables(db).some((t) => {
    const count = countOf(db, t);
    if (count !== (fresh.counts[t] ?? 0)) return true;
    return count > 0 && rowsOf(db, t) !== fresh.rows[t];
  });
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
export function importAll(db: WritableDB, json: string, clock: ClockContext): ImportPreview {
  const data = parse(db, json);
  if (holdsUserChanges(db))
    throw conflict(
      'Import restores into an empty Cairn only; this one already holds data or changes of yours (an edited template or setting counts).',
      'json',
    );
  checkRowsAlone(data.tables);
  const fresh = seededStore().counts;
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
          `tables.${table}, row ${index + 1} could not be restored (${error instanceof Error ? error.message : 'rejected'}).`,
          'json',
        );
      }
    });
  }
  const broken = db.pragma('foreign_key_check') as { table: string; rowid: number }[];
  if (broken.length > 0) {
    throw invalid(`tables.${broken[0]!.table} has a row that points at a record missing from the export.`, 'json');
  }
  checkRowLinks(data.tables, { db, ...clock }, data.noteSeals ?? null);
  return preview(data);
}
