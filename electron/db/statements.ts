import type { Statement } from 'better-sqlite3';
import type { ReadableDB, ReadStatement, WritableDB } from './access';

const cache = new WeakMap<object, Map<string, Statement>>();

/**
 * A prepared statement, compiled once per connection: preparing costs more than running most
 * of the app's indexed reads, and a prep view or a debrief runs a dozen of them. Keyed by the
 * connection, so a reopened file starts afresh. Each SQL text is used one way (plucked or
 * not) so sharing a statement object is safe.
 * Given a ReadableDB it returns a statement without `run`: a query cannot write through it.
 */
export function stmt(db: WritableDB, sql: string): Statement;
export function stmt(db: ReadableDB, sql: string): ReadStatement;
export function stmt(db: ReadableDB, sql: string): ReadStatement | Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql) as Statement));
  return statement;
}
