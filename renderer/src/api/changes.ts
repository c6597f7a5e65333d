import type { Domain } from '#shared/ipc/changes';

type Listener = (domains: readonly Domain[]) => void;
const listeners = new Set<Listener>();
let stopBridge: (() => void) | null = null;

/**
 * Hears which domains a committed command changed, from any screen or dialog. One listener
 * on the bridge serves every request hook; it is attached with the first and dropped with
 * the last. (Component tests mount screens on a partial bridge without `onChange`.)
 */
export function onStoreChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!stopBridge && typeof window.cairn.onChange === 'function') {
    stopBridge = window.cairn.onChange((domains) => {
      for (const l of [...listeners]) l(domains);
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && stopBridge) {
      stopBridge();
      stopBridge = null;
    }
  };
}
