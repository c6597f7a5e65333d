import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/open';

const cache = new WeakMap<Db, Map<string, Statement>>();

/**
 * A prepared statement, compiled once per connection. Preparing costs more than running a
 * small indexed query, and a debrief runs a handful of them per candidate (see
 * test/bench/debrief.bench.ts). Keyed by the connection, so a reopened file starts afresh.
 */
export function stmt(db: Db, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}
