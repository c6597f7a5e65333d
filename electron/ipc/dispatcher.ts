import { contract, isChannelName, type ChannelName } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { describeIssue } from '../../shared/ipc/zodIssue';
import { createLogger } from '../log';
import type { HandlerContext } from './context';
import { DomainError } from './domainError';
import { handlers as allHandlers, type HandlerMap } from './handlers';

const log = createLogger('ipc');
const SLOW_MS = 40;

export type Dispatch = (channel: string, payload: unknown) => Result<unknown>;

/**
 * The one path from a request to a handler: known channel, payload valid against the
 * contract (strict: unknown keys refused), then the handler inside a transaction so that
 * a refusal half-way through writes nothing. Electron's IPC and the end-to-end harness
 * both call this.
 */
export function createDispatcher(ctx: HandlerContext, handlers: HandlerMap = allHandlers): Dispatch {
  return (channel, payload) => {
    if (!isChannelName(channel)) return fail('unknown_channel', `There is no request named "${channel}".`);
    const parsed = contract[channel].input.safeParse(payload);
    if (!parsed.success) {
      const { message, field } = describeIssue(parsed.error);
      return fail('invalid_input', message, field);
    }
    const started = performance.now();
    try {
      const handler = handlers[channel] as (c: HandlerContext, input: unknown) => unknown;
      const value = ctx.db.transaction(() => handler(ctx, parsed.data))();
      return ok(value);
    } catch (error) {
      if (error instanceof DomainError) return fail(error.code, error.message, error.field);
      // Only the error's class: its message may quote the data that caused it.
      log.error(`${channel} failed: ${error instanceof Error ? error.name : typeof error}`);
      return fail('internal', 'Cairn could not complete this request; nothing was changed.');
    } finally {
      const ms = performance.now() - started;
      if (ms > SLOW_MS) log.warn(`${channel} took ${ms.toFixed(0)} ms`);
    }
  };
}

export type { ChannelName };
