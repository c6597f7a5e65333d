import { useCallback, useEffect, useEffectEvent, useState } from 'react';

export type RequestState<T> =
  | { status: 'loading'; data: T | undefined; error: undefined }
  | { status: 'ready'; data: T; error: undefined }
  | { status: 'error'; data: T | undefined; error: Error };

interface Settled<T> {
  key: string;
  data: T | undefined;
  error: Error | undefined;
}

/**
 * Loads data for a screen and reloads when `key` changes. While a new answer is on its way
 * the previous data stays on screen (no flicker), and an answer to an older key is dropped,
 * so typing fast in a search box never shows stale results.
 */
export function useRequest<T>(load: () => Promise<T>, key: string): RequestState<T> & { reload: () => void } {
  const [nonce, setNonce] = useState(0);
  const requestKey = `${key}#${nonce}`;
  const [settled, setSettled] = useState<Settled<T>>({ key: '', data: undefined, error: undefined });
  const run = useEffectEvent(load);

  useEffect(() => {
    let current = true;
    run().then(
      (data) => current && setSettled({ key: requestKey, data, error: undefined }),
      (error: unknown) =>
        current &&
        setSettled((s) => ({
          key: requestKey,
          data: s.data,
          error: error instanceof Error ? error : new Error(String(error)),
        })),
    );
    return () => {
      current = false;
    };
  }, [requestKey]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  if (settled.key !== requestKey) return { status: 'loading', data: settled.data, error: undefined, reload };
  if (settled.error) return { status: 'error', data: settled.data, error: settled.error, reload };
  return { status: 'ready', data: settled.data as T, error: undefined, reload };
}
