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

/** The channels asked by each load still running (see `tracked`). */
const running = new Set<Set<string>>();

/**
 * Runs a load and notes every channel called until it settles, so useRequest knows which
 * domains its answer depends on. A call made by another load running at the same time is
 * noted too: that can only make a screen refresh once more than needed, never miss a change.
 */
export async function tracked<T>(load: () => Promise<T>, into: Set<string>): Promise<T> {
  running.add(into);
  try {
    return await load();
  } finally {
    running.delete(into);
  }
}

/** Calls one contract channel and returns its value, or throws a RequestError. */
export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  for (const channels of running) channels.add(channel);
  const send = window.cairn[channel] as (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
  const result = await send(input);
  if (!result.ok) throw new RequestError(result.error);
  return result.value;
}
