import type { ColumnDefinition } from 'better-sqlite3';
import type { Db } from './open';

declare const readable: unique symbol;
declare const writable: unique symbol;

/**
 * A prepared statement that can only read: `run` is not there. `pluck`, `raw` and `expand`
 * return the same read-only kind, so no chain leads back to a writing statement.
 */
export interface ReadStatement<Result = unknown> {
  get(...params: unknown[]): Result | undefined;
  all(...params: unknown[]): Result[];
  iterate(...params: unknown[]): IterableIterator<Result>;
  pluck(toggleState?: boolean): ReadStatement<Result>;
  raw(toggleState?: boolean): ReadStatement<Result>;
  expand(toggleState?: boolean): ReadStatement<Result>;
  columns(): ColumnDefinition[];
  readonly source: string;
}

/**
 * The store as a query handler sees it: it may prepare statements that read, and nothing
 * else (no `exec`, `transaction`, `pragma`, `run`). Signal Desktop's ReadableDB/WritableDB
 * (ts/sql/Server.node.ts) is the model: the brand makes the two kinds distinct types, so a
 * function that writes says so by demanding a WritableDB, and a query cannot call it.
 * The dispatcher hands this type to every handler of a `query` channel (electron/ipc/handlers.ts).
 */
export interface ReadableDB {
  readonly [readable]: true;
  readonly open: boolean;
  readonly inTransaction: boolean;
  readonly name: string;
  prepare(source: string): ReadStatement;
}

/** The store as a command handler sees it: everything a connection does, writes included. */
export type WritableDB = Db & { readonly [readable]: true; readonly [writable]: true };

/**
 * The one place a plain connection becomes a branded one: the dispatcher, the session and
 * tests that call handlers directly. The connection is the same object; only its type
 * changes, so this costs nothing at run time.
 */
export function asWritable(db: Db): WritableDB {
  return db as WritableDB;
}

export function asReadable(db: Db): ReadableDB {
  return db as unknown as ReadableDB;
}
