import { UNSTABLE_ToastQueue as ToastQueue } from 'react-aria-components';

export type ToastTone = 'info' | 'error';

export interface ToastContent {
  message: string;
  tone: ToastTone;
}

/** Long enough to read a sentence; errors stay until dismissed or the user moves on. */
const INFO_TIMEOUT_MS = 6000;

/** The one queue of short confirmations and errors; <Toasts> shows it. */
export const toastQueue = new ToastQueue<ToastContent>({ maxVisibleToasts: 3 });

/**
 * Toasts raised in the current task. A screen often says "Saved" and then navigates in the
 * same handler; that toast belongs to the page being opened, so the navigation must not clear it.
 */
const raisedThisTask = new Set<string>();

/** A newer toast supersedes the ones before it, so one message reads at a time. */
export function showToast(message: string, tone: ToastTone = 'info'): void {
  for (const toast of toastQueue.visibleToasts) {
    if (!raisedThisTask.has(toast.key)) toastQueue.close(toast.key);
  }
  const key = toastQueue.add({ message, tone }, tone === 'error' ? {} : { timeout: INFO_TIMEOUT_MS });
  raisedThisTask.add(key);
  setTimeout(() => raisedThisTask.delete(key), 0);
}

/** Toasts report on the page they were raised on; a move to another page, or a dialog opened over it, clears them. */
export function clearToastsOnNavigation(): void {
  for (const toast of toastQueue.visibleToasts) {
    if (!raisedThisTask.has(toast.key)) toastQueue.close(toast.key);
  }
}

/** For screens: `const notice = useToast(); notice('Saved.')`. Stable across renders. */
export function useToast(): typeof showToast {
  return showToast;
}
