import type { z } from 'zod';

/**
 * What a channel's handler does to the store: a `query` only reads, a `command` may write.
 * The dispatcher runs queries without a transaction and answers them while the start-up
 * integrity check is still running; commands run in a transaction, after the check passed.
 */
export type ChannelKind = 'query' | 'command';

/**
 * One channel of the contract: the schema its payload must satisfy, its kind and, as a
 * phantom type, what it returns. `output` never exists at run time.
 */
export interface ChannelSpec<Input extends z.ZodType, Output, Kind extends ChannelKind = ChannelKind> {
  readonly input: Input;
  readonly kind: Kind;
  readonly output?: Output;
}

/** `command<Output>()(inputSchema)`: a command; the output type is given, the input type inferred. */
export function command<Output>() {
  return <Input extends z.ZodType>(input: Input): ChannelSpec<Input, Output, 'command'> => ({ input, kind: 'command' });
}

/**
 * `query<Output>()(inputSchema)`: a channel whose handler only reads, on every path: no
 * insert, update or delete, not even a lazy one (a "get" that creates the row it was asked
 * for is a command). test/integration/queryChannels.test.ts calls every query on a full
 * store and checks that nothing changed; the test harness also checks it on every call.
 * Its handler is given a read-only database type (electron/db/access.ts), so a query that
 * calls a function which writes does not compile.
 */
export function query<Output>() {
  return <Input extends z.ZodType>(input: Input): ChannelSpec<Input, Output, 'query'> => ({ input, kind: 'query' });
}
