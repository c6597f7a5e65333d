import { createLogger } from '../log';

const log = createLogger('clipboard');

/**
 * The parts of Electron's `clipboard` that copying a secret needs (asynchronous since
 * Electron 45; a plain value does as well). Only the main process touches the system
 * clipboard: the window has no clipboard permission (security/harden.ts).
 */
export interface SystemClipboard {
  writeText(text: string): Promise<void> | void;
  readText(): Promise<string> | string;
  clear(): void;
}

/** Runs `task` once after `ms`, without keeping the process alive for it. */
export type Later = (task: () => void, ms: number) => void;

export const unrefLater: Later = (task, ms) => {
  setTimeout(task, ms).unref();
};

/**
 * Copies a secret and takes it off the clipboard again after `seconds`, as password managers
 * do, so it is not pasted somewhere by accident days later. Whatever the user copied since is
 * left alone: the clipboard is cleared only if it still holds this very secret. The request
 * answers at once (the session's handlers are synchronous); a write that fails is logged, and
 * the user, who pastes the key somewhere next, sees it missing.
 */
export function copySecretForAWhile(clipboard: SystemClipboard, secret: string, seconds: number, later: Later): void {
  attempt('copy', async () => {
    await clipboard.writeText(secret);
  });
  later(
    () =>
      attempt('clear', async () => {
        if ((await clipboard.readText()) === secret) clipboard.clear();
      }),
    seconds * 1000,
  );
}

/** The secret itself is never logged, nor the error's message (it could quote it). */
function attempt(what: string, task: () => Promise<void>): void {
  task().catch((error: unknown) => log.warn(`${what} failed: ${error instanceof Error ? error.name : 'unknown'}`));
}
