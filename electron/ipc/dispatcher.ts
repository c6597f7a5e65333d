import { contract } from '#shared/ipc/contract';
import { fail, ok, type Result } from '#shared/ipc/result';
import { createLogger } from '../log';
import { asWritable } from '../db/access';
import type { Db } from '../db/open';
import type { HandlerContext, QueryContext } from './context';
import { handlers as allHandlers, type HandlerMap } from './handlers';
import { failureOf, validateRequest } from './validate';

const log = createLogger('ipc');
const SLOW_MS = 40;

export type Dispatch = (channel: string, payload: unknown) => Result<unknown>;

export interface DispatcherOptions {
  /**
   * Runs before every command's transaction; throwing refuses the command (a DomainError
   * keeps its words). The session waits here for the start-up integrity check.
   */
  beforeCommand?: () => void;
  /**
   * Tests: count the connection's changes around every query and fail the request if any
   * were made, so every test that reads through a query also checks it was classed right.
   * Off in the app, where the two extra statements per request would be pure cost.
   */
  checkQueriesWriteNothing?: boolean;
}

/** Thrown (and reported as internal) when a channel marked `query` changed a row. */
export class QueryWroteError extends Error {
  constructor(channel: string) {
    super(`${channel} is marked as a query but changed the store; make it a command.`);
    this.name = 'QueryWroteError';
  }
}

/**
 * The one path from a request to a store handler: known channel, valid payload, then the
 * handler. A command runs inside a transaction, so a refusal half-way through writes
 * nothing. A query runs without one: handlers are synchronous and this connection is the
 * only writer, so nothing can run between a query's statements, and with no write in
 * between they all read the same data — the transaction bought nothing but its BEGIN and
 * COMMIT (most of the dispatcher's cost for a small read).
 * Electron's IPC and the end-to-end harness both reach it through the AppSession.
 */
/** What the dispatcher is built with: the plain connection, branded here for each kind of handler. */
export type DispatcherContext = Omit<HandlerContext, 'db' | 'afterCommit'> & { db: Db };

export function createDispatcher(
  base: DispatcherContext,
  handlers: HandlerMap = allHandlers,
  options: DispatcherOptions = {},
): Dispatch {
  type AnyHandler = (c: HandlerContext, input: unknown) => unknown;
  const ctx: HandlerContext = { ...base, db: asWritable(base.db) };
  // Built once: better-sqlite3 makes a new wrapper (and its variants) on every transaction() call.
  const inTransaction = ctx.db.transaction((handler: AnyHandler, callCtx: HandlerContext, input: unknown) =>
    handler(callCtx, input),
  );
  const totalChanges = options.checkQueriesWriteNothing ? ctx.db.prepare('SELECT total_changes()').pluck() : null;
  // A query gets no afterCommit: there is no commit, and work queued for after one would be a write.
  // The same connection typed ReadableDB (db/access.ts): a query handler cannot call a writer.
  const queryCtx: QueryContext = { ...base, db: ctx.db };

  const runQuery = (channel: string, handler: AnyHandler, input: unknown): unknown => {
    // Same object at run time; the cast only widens a query handler's parameter type for the call.
    const call = handler as (c: QueryContext, input: unknown) => unknown;
    if (!totalChanges) return call(queryCtx, input);
    const before = totalChanges.get();
    const value = call(queryCtx, input);
    if (totalChanges.get() !== before) throw new QueryWroteError(channel);
    return value;
  };

  return (channel, payload) => {
    const request = validateRequest(channel, payload);
    if (!request.ok) return request.result;
    if (!Object.hasOwn(handlers, request.channel))
      return fail('unknown_channel', `There is no request named "${channel}".`);
    const handler = handlers[request.channel as keyof HandlerMap] as AnyHandler;
    const isQuery = contract[request.channel].kind === 'query';
    try {
      if (!isQuery) options.beforeCommand?.();
    } catch (error) {
      return failureOf(request.channel, error);
    }
    const started = performance.now(); // after any wait for the start-up check: that is not the handler's slowness
    try {
      if (isQuery) return ok(runQuery(request.channel, handler, request.input));
      const afterCommit: (() => void)[] = [];
      const value = inTransaction(handler, { ...ctx, afterCommit: (task) => afterCommit.push(task) }, request.input);
      for (const task of afterCommit) task();
      return ok(value);
    } catch (error) {
      return failureOf(request.channel, error);
    } finally {
      const ms = performance.now() - started;
      if (ms > SLOW_MS) log.warn(`${request.channel} took ${ms.toFixed(0)} ms`);
    }
  };
}
