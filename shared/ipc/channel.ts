import type { z } from 'zod';

/**
 * One channel of the contract: the schema its payload must satisfy and, as a phantom type,
 * what it returns. `output` never exists at run time.
 */
export interface ChannelSpec<Input extends z.ZodType, Output> {
  readonly input: Input;
  readonly output?: Output;
}

/** `channel<Output>()(inputSchema)`: the output type is given, the input type inferred. */
export function channel<Output>() {
  return <Input extends z.ZodType>(input: Input): ChannelSpec<Input, Output> => ({ input });
}
