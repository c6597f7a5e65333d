import type { IpcMain, WebFrameMain } from 'electron';
import { channelNames } from '#shared/ipc/contract';
import { CHANGES_EVENT, CHANNEL_PREFIX } from '#shared/ipc/channelName';
import { changesAfter } from '#shared/ipc/changesAfter';
import { fail } from '#shared/ipc/result';
import { isTrustedSender } from '../security/policy';
import type { Result } from '#shared/ipc/result';

type Dispatch = (channel: string, payload: unknown) => Result<unknown> | Promise<Result<unknown>>;

/**
 * One ipcMain handler per contract channel; each checks who is asking before dispatching.
 * After a command commits, the window that asked is told which domains changed (before the
 * answer itself, on the same ordered pipe), so every screen showing them asks again.
 */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch, devServerUrl?: string): void {
  for (const name of channelNames) {
    ipcMain.handle(`${CHANNEL_PREFIX}${name}`, async (event, payload: unknown) => {
      const frame: WebFrameMain | null = event.senderFrame;
      const sender = frame ? { url: frame.url, isTopFrame: frame.parent === null } : null;
      if (!isTrustedSender(sender, devServerUrl)) {
        return fail('forbidden', 'Requests are accepted only from the Cairn window.');
      }
      const result = await dispatch(name, payload);
      const changed = changesAfter(name, result);
      if (changed.length > 0) event.sender.send(CHANGES_EVENT, changed);
      return result;
    });
  }
}
