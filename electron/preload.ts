import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_PREFIX } from '#shared/ipc/channelName';
import { channelNames } from '#shared/ipc/contract';
import { BRIDGE_GLOBAL, type ChangeListener } from '#shared/ipc/bridge';
import { CHANGES_EVENT, type Domain } from '#shared/ipc/changes';

/**
 * The only bridge to the window: one named function per contract channel, and `onChange`
 * for the one event main sends (which domains a command changed). `ipcRenderer` itself is
 * never exposed, so the page cannot reach any other channel or event.
 */
const bridge = Object.fromEntries(
  channelNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`${CHANNEL_PREFIX}${name}`, input)]),
);

function onChange(listener: ChangeListener): () => void {
  const forward = (_event: IpcRendererEvent, domains: readonly Domain[]) => listener(domains);
  ipcRenderer.on(CHANGES_EVENT, forward);
  return () => void ipcRenderer.off(CHANGES_EVENT, forward);
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, { ...bridge, onChange });
