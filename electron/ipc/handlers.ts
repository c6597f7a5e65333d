import type { ChannelName, ChannelOutput, ParsedInput } from '../../shared/ipc/contract';
import { oneOnOnesHandlers } from '../domains/oneOnOnes/handlers';
import { peopleHandlers } from '../domains/people/handlers';
import { settingsHandlers } from '../settings/handlers';
import type { HandlerContext } from './context';

export type Handler<C extends ChannelName> = (ctx: HandlerContext, input: ParsedInput<C>) => ChannelOutput<C>;
export type HandlerMap<C extends ChannelName = ChannelName> = { [K in C]: Handler<K> };

/**
 * Every channel's handler. The type demands one for each channel of the contract, so a
 * contract entry without a handler breaks the build.
 */
export const handlers: HandlerMap = {
  ...settingsHandlers,
  ...peopleHandlers,
  ...oneOnOnesHandlers,
};
