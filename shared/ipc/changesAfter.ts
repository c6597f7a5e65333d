import { commandChanges, type Domain } from './changes';
import { contract, isChannelName } from './contract';
import type { Result } from './result';

/**
 * What to announce once a request has answered: a command that succeeded changed its domains
 * (./changes.ts); a query, or a refused command (its transaction rolled back), changed nothing.
 * Electron's IPC (electron/ipc/register.ts) and the e2e harness (test/e2e/fixtures.ts) both use it.
 */
export function changesAfter(channel: string, result: Result<unknown>): readonly Domain[] {
  if (!result.ok || !isChannelName(channel) || contract[channel].kind !== 'command') return [];
  return commandChanges(channel);
}
