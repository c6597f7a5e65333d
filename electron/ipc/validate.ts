import { contract, isChannelName, type ChannelName } from '#shared/ipc/contract';
import { fail, type Result } from '#shared/ipc/result';
import { describeIssue } from '#shared/ipc/zodIssue';
import { createLogger } from '../log';
import { DomainError } from './domainError';

const log = createLogger('ipc');

/** Known channel and a payload valid against its schema (strict: unknown keys refused). */
export function validateRequest(
  channel: string,
  payload: unknown,
): { ok: true; channel: ChannelName; input: unknown } | { ok: false; result: Result<never> } {
  if (!isChannelName(channel)) {
    return { ok: false, result: fail('unknown_channel', `There is no request named "${channel}".`) };
  }
  const parsed = contract[channel].input.safeParse(payload);
  if (!parsed.success) {
    const { message, field } = describeIssue(parsed.error);
    return { ok: false, result: fail('invalid_input', message, field) };
  }
  return { ok: true, channel, input: parsed.data };
}

/** A refusal the user can act on keeps its words; anything else is logged by kind only. */
export function failureOf(channel: string, error: unknown): Result<never> {
  if (error instanceof DomainError) return fail(error.code, error.message, error.field);
  // Only the error's class: its message may quote the data that caused it.
  log.error(`${channel} failed: ${error instanceof Error ? error.name : typeof error}`);
  return fail('internal', 'Cairn could not complete this request; nothing was changed.');
}
