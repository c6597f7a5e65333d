import { changesAfter } from '#shared/ipc/changesAfter';
import type { Result } from '#shared/ipc/result';

/** A stubbed answer: a Result, typed loosely so a vi.fn of a literal object fits. */
type Answer = (input: never) => Promise<unknown>;

/**
 * A `window.cairn` for component tests: the given channels answer as stubbed, and a command
 * that succeeds announces the domains it changed through `onChange`, as Electron's IPC
 * (electron/ipc/register.ts) and the e2e harness (test/e2e/fixtures.ts) do.
 */
export function installBridge(answers: Record<string, Answer>): void {
  const listeners = new Set<(domains: readonly string[]) => void>();
  const bridge: Record<string, unknown> = {
    onChange: (listener: (domains: readonly string[]) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  for (const [channel, answer] of Object.entries(answers)) {
    bridge[channel] = async (input: never) => {
      const result = (await answer(input)) as Result<unknown>;
      const changed = changesAfter(channel, result);
      if (changed.length > 0) for (const listener of [...listeners]) listener(changed);
      return result;
    };
  }
  Object.defineProperty(globalThis, 'cairn', { value: bridge, configurable: true });
}
