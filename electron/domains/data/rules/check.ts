import { placeInFile } from '#shared/schemas/placeInFile';
import { isoDateSchema, isoDateTimeSchema } from '#shared/schemas/fields';
import type { z } from 'zod';
import type { ReadableDB } from '../../../db/access';
import { DomainError } from '../../../ipc/domainError';
import type { ClockContext } from '../../clock';

/** One row of a full export as the file holds it: column name to value. */
export type Row = Record<string, string | number | null>;

/** What is wrong with one row, in the words a manager reads: the column at fault and why. */
export interface RowProblem {
  field: string;
  message: string;
}

/**
 * The rule for one table's rows. It runs after every row of the file is in the store (inside
 * the import's transaction), so it may look up the rows it points at; it returns the first
 * problem it finds, or null.
 */
export type RowRule = (row: Row, ctx: RuleContext) => RowProblem | null;

/** What a rule may read: the store with the file's rows in it, and the clock. */
export interface RuleContext extends ClockContext {
  db: ReadableDB;
}

/**
 * Checks columns with the schemas the app's own channels validate the same fields with, so an
 * imported row meets exactly the rules a typed one does. `schemas` maps a column to the schema
 * of the field it stores (usually `someFieldsSchema.shape.x`).
 */
export function columnsMatch(row: Row, schemas: Record<string, z.ZodType>): RowProblem | null {
  for (const [column, schema] of Object.entries(schemas)) {
    const result = schema.safeParse(row[column]);
    if (!result.success) return { field: column, message: issueText(result.error) };
  }
  return null;
}

/** A column holding JSON: parsed, then checked with the schema of what the app writes there. */
export function jsonMatches(row: Row, column: string, schema: z.ZodType): RowProblem | null {
  const text = row[column];
  let value: unknown;
  try {
    value = JSON.parse(String(text));
  } catch {
    return { field: column, message: 'is not readable JSON' };
  }
  const result = schema.safeParse(value);
  return result.success ? null : { field: column, message: issueText(result.error) };
}

/** The first issue in words; a path inside the value is given 1-based ("item 3 › name"). */
function issueText(error: z.ZodError, path: readonly PropertyKey[] = error.issues[0]!.path): string {
  const issue = error.issues[0]!;
  return path.length > 0 ? `${issue.message} (at ${placeInFile(path)})` : issue.message;
}

/**
 * Runs a rule the handlers enforce by throwing (a DomainError naming its field) and turns its
 * refusal into a row problem, so the import reuses the handler's own rule rather than a copy.
 * `columnOf` names the column for the handler's field; `lead` says what the row claims.
 */
export function refusedBy(
  columnOf: (field: string | undefined) => string,
  rule: () => void,
  lead = '',
): RowProblem | null {
  try {
    rule();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { field: columnOf(error.field), message: `${lead}${error.message.replace(/^[\w.]+: /, '')}` };
  }
}

/** The value of a column that points at another row, for lookups. */
export const ref = (row: Row, column: string): string | number | null => row[column] ?? null;

/**
 * A row that belongs to a person through two paths (its own person_id, and the person of the
 * row it hangs from) must name the same person both ways: otherwise one person's screen shows
 * another's notes.
 */
export function samePerson(
  db: ReadableDB,
  row: Row,
  column: string,
  parentSql: string,
  parentWhat: string,
): RowProblem | null {
  const parent = ref(row, column);
  if (parent === null) return null;
  const owner = db.prepare(parentSql).pluck().get(parent) as string | undefined;
  if (owner === undefined || owner === row.person_id) return null;
  return { field: column, message: `points at ${parentWhat} of another person` };
}

/**
 * Checks a row with a whole fields schema of the app's channels (refinements across fields
 * included): `columns` maps each field of the schema to the column that stores it, and how to
 * read it (JSON text, 0/1 for yes/no). A problem names the column, not the field.
 */
export function fieldsMatch(
  row: Row,
  schema: z.ZodType,
  columns: Record<string, string | { column: string; read: 'json' | 'boolean' }>,
): RowProblem | null {
  const value: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(columns)) {
    const { column, read } = typeof spec === 'string' ? { column: spec, read: null } : spec;
    const raw = row[column];
    if (read === 'boolean') value[field] = raw === 1 ? true : raw === 0 ? false : raw;
    else if (read === 'json') {
      try {
        value[field] = JSON.parse(String(raw));
      } catch {
        return { field: column, message: 'is not readable JSON' };
      }
    } else value[field] = raw;
  }
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  const [field, ...rest] = issue.path;
  const spec = columns[String(field)];
  const column = spec === undefined ? String(field ?? '') : typeof spec === 'string' ? spec : spec.column;
  return { field: column, message: issueText(result.error, rest) };
}

/** The rules of one table: `own` looks at the row alone, `links` at the rows it points to. */
export interface TableRules {
  own?: (row: Row) => RowProblem | null;
  links?: RowRule;
}

/** The first problem of several checks, each run only if the ones before found nothing. */
export function firstProblem(...checks: (() => RowProblem | null)[]): RowProblem | null {
  for (const check of checks) {
    const problem = check();
    if (problem) return problem;
  }
  return null;
}

/** Moments Cairn stamps (created, updated, held…): an ISO instant within the years it accepts. */
export const moments = (row: Row, ...columns: string[]): RowProblem | null =>
  columnsMatch(row, Object.fromEntries(columns.map((c) => [c, isoDateTimeSchema.nullable()])));

/** Calendar days (left on, due on…), or empty. */
export const days = (row: Row, ...columns: string[]): RowProblem | null =>
  columnsMatch(row, Object.fromEntries(columns.map((c) => [c, isoDateSchema.nullable()])));
