import { fork } from 'node:child_process';
import { join } from 'node:path';
import { CHANNEL_PREFIX } from '#shared/ipc/channelName';
import { builtMain, ensureBuilt } from './builtApp';

export const APP_PAGE = 'app://cairn/index.html';

export type InvokeAnswer =
  | { result: { ok: boolean; value?: unknown; error?: { code: string; message?: string } }; sent: unknown[] }
  | { unregistered: true };

/** The built main process running against the recording Electron stand-in, and the test's line to it. */
export interface BootedMain {
  /** A message to the stand-in: "report", "invoke", "serve", "harden", "quit" (see electronStandIn/electron.mjs). */
  ask<T>(message: Record<string, unknown>): Promise<T>;
  /** Calls a channel's registered ipcMain handler as the given sender would. */
  invoke(channel: string, payload: unknown, frameUrl?: string, topFrame?: boolean): Promise<InvokeAnswer>;
  kill(): void;
}

/** The packaged app has no dev server: main serves the built page from app://. */
function withoutDevServer(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { ELECTRON_RENDERER_URL: _dev, ...rest } = env;
  return rest;
}

/**
 * Forks out/main/index.js with Electron replaced by the recording stand-in, and resolves once
 * the store answers through its registered handler (start() has run). `env` sets the data
 * folder (CAIRN_DATA_DIR), Electron's user-data folder (STAND_IN_USER_DATA) and the folder
 * the stand-in's folder picker answers (STAND_IN_PICKED_FOLDER).
 */
export async function bootMain(env: Record<string, string>): Promise<BootedMain> {
  ensureBuilt();
  const child = fork(builtMain, [], {
    execArgv: ['--import', join(import.meta.dirname, 'electronStandIn/register.mjs')],
    env: { ...withoutDevServer(process.env), ...env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  child.on('message', (m: { id: number; value?: unknown; error?: string }) => {
    const waiting = pending.get(m.id);
    pending.delete(m.id);
    if (m.error) waiting?.reject(new Error(m.error));
    else waiting?.resolve(m.value);
  });
  const ask = <T>(message: Record<string, unknown>) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ ...message, id });
    });
  const invoke = (channel: string, payload: unknown, frameUrl = APP_PAGE, topFrame = true) =>
    ask<InvokeAnswer>({ type: 'invoke', channel: `${CHANNEL_PREFIX}${channel}`, payload, frameUrl, topFrame });
  const booted: BootedMain = { ask, invoke, kill: () => void child.kill() };
  for (let i = 0; i < 200; i++) {
    const status = await invoke('vault.status', {});
    if (!('unregistered' in status) && status.result.ok) return booted;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill();
  throw new Error('the main process never answered vault.status');
}
