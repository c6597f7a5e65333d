import type { ChannelInput, ChannelName, ChannelOutput } from './contract';
import type { Result } from './result';

/** What the preload puts on `window.cairn`: one named function per channel. */
export type CairnBridge = {
  [C in ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};

export const BRIDGE_GLOBAL = 'cairn';
