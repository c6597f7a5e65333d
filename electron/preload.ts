import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_PREFIX } from '#shared/ipc/channelName';
import { channelNames } from '#shared/ipc/contract';
import { BRIDGE_GLOBAL } from '#shared/ipc/bridge';

/**
 * The only bridge to the window: one named function per contract channel. `ipcRenderer`
 * itself is never exposed, so the page cannot reach any other channel.
 */
const bridge = Object.fromEntries(
  channelNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`${CHANNEL_PREFIX}${name}`, input)]),
);

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
