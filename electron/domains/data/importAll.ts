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
import { columnWords, RowWords, tableNoun } from './rowWords';
import type { Row } from './rules/check';
import { quoted } from '#shared/format';
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

const CHOOSE_EXPORT = 'Choose a file saved with “Export everything” in Settings.';
const NOT_AN_EXPORT = `The file is not a Cairn export. ${CHOOSE_EXPORT}`;

/** Why the file's outline is not an export's, in words: "Person 2 (“Priya”), its name: …", never "tables.people, row 2". */
function outlineProblem(issue: z.core.$ZodIssue, raw: unknown): string {
  const [top, table, index, column] = issue.path;
  if (top === 'format' || issue.path.length === 0) return NOT_AN_EXPORT;
  if (top === 'version') return `The file ${issue.message}: export it again with this version of Cairn.`;
  const tables = (raw as { tables?: unknown }).tables;
  if (top === 'tables' && typeof table === 'string' && typeof index === 'number' && typeof tables === 'object') {
    const where = new RowWords(tables as Record<string, Row[]>).describe(table, index);
    const what = typeof column === 'string' ? `, its ${columnWords(column)}` : '';
    return `${where}${what} is not what Cairn writes there (was the file edited by hand?), so nothing was imported.`;
  }
  return `The file's ${placeInFile(issue.path)} is not what Cairn writes there (was the file edited by hand?), so nothing was imported.`;
}

function parse(db: ReadableDB, json: string): ParsedExport {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const why = error instanceof Error ? ` (${error.message.replace(/\.$/, '')})` : '';
    throw invalid(`The file is not a Cairn export: it is not valid JSON${why}. ${CHOOSE_EXPORT}`, 'json');
  }
  const parsed = exportSchema.safeParse(raw);
  if (!parsed.success) {
    throw invalid(outlineProblem(parsed.error.issues[0]!, raw), 'json');
  }
  const current = schemaVersion(db);
  if (parsed.data.schemaVersion !== current) {
    throw invalid(
      `This export was made by another version of Cairn (its data is version ${parsed.data.schemaVersion}; this Cairn reads version ${current}). Import it with the version of Cairn that made it.`,
      'json',
    );
  }
  const known = new Set(dataTables(db));
  const words = new RowWords(parsed.data.tables);
  for (const [table, rows] of Object.entries(parsed.data.tables)) {
    if (!known.has(table))
      throw invalid(
        `The file holds a kind of record Cairn does not know (${quoted(table)}), so nothing was imported. Was it made by another app, or edited by hand?`,
        'json',
      );
    const columns = new Set(columnsOf(db, table));
    rows.forEach((row, index) => {
      for (const column of Object.keys(row)) {
        if (!columns.has(column))
          throw invalid(
            `${words.describe(table, index)} has a field Cairn does not know (${quoted(column)}), so nothing was imported. Remove it, or export again from Cairn.`,
            'json',
          );
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

/**
 * The file is checked first (a broken file says so wherever it is dropped), then the store:
 * the preview refuses as the import would, so a Cairn with data never offers an import it
 * will turn down after the click.
 */
export function previewImport(db: ReadableDB, json: string): ImportPreview {
  const data = parse(db, json);
  refuseUnlessEmpty(db);
  return preview(data);
}

/** One rule for the preview and the import: an export restores into an empty Cairn only. */
function refuseUnlessEmpty(db: ReadableDB): void {
  if (holdsUserChanges(db))
    throw conflict(
      'Import restores into an empty Cairn only; this one already holds data or changes of yours (an edited template or setting counts).',
      'json',
    );
}

/**
 * Restores a full export into an empty store. Runs inside the dispatcher's transaction, so
 * one bad row anywhere imports nothing; foreign keys are checked at commit so table order
 * does not matter.
 */
export function importAll(db: WritableDB, json: string, clock: ClockContext): ImportPreview {
  const data = parse(db, json);
  refuseUnlessEmpty(db);
  checkRowsAlone(data.tables);
  const words = new RowWords(data.tables);
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
      } catch {
        // The store's own words (a constraint's name) stay out of the message: they name tables and columns.
        throw invalid(
          `${words.describe(table, index)} could not be restored: it repeats or contradicts another record in the file (was it edited by hand?), so nothing was imported.`,
          'json',
        );
      }
    });
  }
  const broken = db.pragma('foreign_key_check') as { table: string; rowid: number }[];
  if (broken.length > 0) {
    throw invalid(
      `A ${tableNoun(broken[0]!.table)} in the file points at a record missing from it (was it edited by hand?), so nothing was imported.`,
      'json',
    );
  }
  checkRowLinks(data.tables, { db, ...clock }, data.noteSeals ?? null);
  return preview(data);
}
