import type { Domain } from './changes';
import type { ChannelInput, ChannelName, ChannelOutput } from './contract';
import type { Result } from './result';

/** Called with the domains a committed command changed (see ./changes.ts). */
export type ChangeListener = (domains: readonly Domain[]) => void;

/**
 * What the preload puts on `window.cairn`: one named function per channel, and `onChange`
 * to hear which domains a command changed (returns the function that stops listening).
 * Channel names always contain a dot, so `onChange` can never collide with one.
 */
export type CairnBridge = {
  [C in ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
} & { onChange: (listener: ChangeListener) => () => void };

export const BRIDGE_GLOBAL = 'cairn';
