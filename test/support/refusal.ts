import type { TestApp } from './testApp';

/** The refusal a channel answers with; fails the test if the channel accepted the payload. */
export const refusal = (target: TestApp, channel: string, payload: unknown) => {
  const result = target.send(channel, payload);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
};
