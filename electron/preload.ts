import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANGES_EVENT, CHANNEL_PREFIX } from '#shared/ipc/channelName';
import { channelNameList } from '#shared/ipc/channelNames';
import { BRIDGE_GLOBAL, type ChangeListener } from '#shared/ipc/bridge';
import type { Domain } from '#shared/ipc/changes';

/**
 * The only bridge to the window: one named function per contract channel, and `onChange`
 * for the one event main sends (which domains a command changed). `ipcRenderer` itself is
 * never exposed, so the page cannot reach any other channel or event. The names come from
 * the bare list, not the contract: the preload carries no schema library (validation is
 * main's job, on every request).
 */
const bridge = Object.fromEntries(
  channelNameList.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`${CHANNEL_PREFIX}${name}`, input)]),
);

function onChange(listener: ChangeListener): () => void {
  const forward = (_event: IpcRendererEvent, domains: readonly Domain[]) => listener(domains);
  ipcRenderer.on(CHANGES_EVENT, forward);
  return () => void ipcRenderer.off(CHANGES_EVENT, forward);
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, { ...bridge, onChange });
