import type { ChannelInput, ChannelName, ChannelOutput } from '#shared/ipc/contract';

/** Anything that calls the real handlers and throws on a refusal: a TestApp, or the e2e fixture's app. */
export type Caller = { call<C extends ChannelName>(channel: C, input: ChannelInput<C>): ChannelOutput<C> };
