import type { CairnBridge } from '#shared/ipc/bridge';
import type { ChannelInput, ChannelName, ChannelOutput } from '#shared/ipc/contract';
import type { IpcError, Result } from '#shared/ipc/result';

declare global {
  interface Window {
    cairn: CairnBridge;
  }
}

/** A refusal from the store, carrying the code and the field it concerns. */
export class RequestError extends Error {
  readonly code: IpcError['code'];
  readonly field: string | undefined;
  constructor(error: IpcError) {
    super(error.message);
    this.name = 'RequestError';
    this.code = error.code;
    this.field = error.field;
  }
}

/** Requests sent and not yet answered, by channel and payload. */
const inFlight = new Map<string, Promise<unknown>>();

/**
 * Calls one contract channel and returns its value, or throws a RequestError.
 *
 * A request identical to one still unanswered (same channel, same payload) is not sent
 * again: the caller shares the first one's answer. This is what makes every form send once
 * until it is answered: a double click on Save, or Enter pressed twice, submits the same
 * values twice, and used to create two people or two check-ins. Done here, once, rather
 * than in each of the forms. Sharing is safe for reads too: the main process answers in
 * order, so a read still unanswered when a write is answered was sent after that write.
 */
export function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const key = `${channel}\u0000${JSON.stringify(input)}`;
  const pending = inFlight.get(key);
  if (pending) return pending as Promise<ChannelOutput<C>>;
  const request = send(channel, input).finally(() => inFlight.delete(key));
  inFlight.set(key, request);
  return request;
}

async function send<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const bridge = window.cairn[channel] as (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
  const result = await bridge(input);
  if (!result.ok) throw new RequestError(result.error);
  return result.value;
}
