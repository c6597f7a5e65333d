import { useSyncExternalStore } from 'react';

/*
 * The modal <dialog>s open now, last opened last. A modal dialog sits in the browser's top
 * layer and makes everything outside it inert and drawn beneath its backdrop, so whatever
 * must stay in view and usable while one is open (toasts) is placed inside the topmost.
 */
let open: readonly HTMLDialogElement[] = [];
const listeners = new Set<() => void>();

function changed(next: readonly HTMLDialogElement[]): void {
  open = next;
  for (const listener of listeners) listener();
}

export function modalOpened(dialog: HTMLDialogElement): void {
  changed([...open.filter((d) => d !== dialog), dialog]);
}

export function modalClosed(dialog: HTMLDialogElement): void {
  if (open.includes(dialog)) changed(open.filter((d) => d !== dialog));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The topmost open modal dialog, or null when none is open. */
export function useTopModal(): HTMLDialogElement | null {
  return useSyncExternalStore(
    subscribe,
    () => open.at(-1) ?? null,
    () => null,
  );
}
