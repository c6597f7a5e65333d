import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/open';

const cache = new WeakMap<Db, Map<string, Statement>>();

/**
 * A prepared statement, compiled once per connection. Preparing costs more than running most
 * of these queries, and the prep view runs a dozen of them. Each SQL text is used one way
 * (plucked or not) so sharing a statement object is safe.
 */
export function stmt(db: Db, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
