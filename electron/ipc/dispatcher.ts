import { fail, ok, type Result } from '../../shared/ipc/result';
import { createLogger } from '../log';
import type { HandlerContext } from './context';
import { handlers as allHandlers, type HandlerMap } from './handlers';
import { failureOf, validateRequest } from './validate';

const log = createLogger('ipc');
const SLOW_MS = 40;

export type Dispatch = (channel: string, payload: unknown) => Result<unknown>;

/**
 * The one path from a request to a store handler: known channel, valid payload, then the
 * handler inside a transaction so that a refusal half-way through writes nothing.
 * Electron's IPC and the end-to-end harness both reach it through the AppSession.
 */
export function createDispatcher(ctx: HandlerContext, handlers: HandlerMap = allHandlers): Dispatch {
  type AnyHandler = (c: HandlerContext, input: unknown) => unknown;
  // Built once: better-sqlite3 makes a new wrapper (and its variants) on every transaction() call.
  const inTransaction = ctx.db.transaction((handler: AnyHandler, callCtx: HandlerContext, input: unknown) => handler(callCtx, input));
  return (channel, payload) => {
    const request = validateRequest(channel, payload);
    if (!request.ok) return request.result;
    if (!Object.hasOwn(handlers, request.channel)) return fail('unknown_channel', `There is no request named "${channel}".`);
    const handler = handlers[request.channel as keyof HandlerMap] as AnyHandler;
    const started = performance.now();
    const afterCommit: (() => void)[] = [];
    try {
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
