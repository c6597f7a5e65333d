import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_PREFIX } from '#shared/ipc/channelName';
import { channelNameList } from '#shared/ipc/channelNames';
import { BRIDGE_GLOBAL } from '#shared/ipc/bridge';

/**
 * The only bridge to the window: one named function per contract channel. `ipcRenderer`
 * itself is never exposed, so the page cannot reach any other channel. The names come from
 * the bare list, not the contract: the preload carries no schema library (validation is
 * main's job, on every request).
 */
const bridge = Object.fromEntries(
  channelNameList.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`${CHANNEL_PREFIX}${name}`, input)]),
);

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
