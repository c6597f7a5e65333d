import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { readsOf } from '#shared/ipc/changes';
import { onStoreChange } from './changes';
import { tracked } from './client';

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
 * Loads data for a screen, and keeps it fresh on its own:
 * - when `key` changes (another record, another filter) it loads again; meanwhile the previous
 *   data stays on screen (no flicker) and an answer to an older key is dropped, so typing fast
 *   in a search box never shows stale results;
 * - when a command commits anywhere in the app (this screen, a dialog, the palette), main says
 *   which domains changed (shared/ipc/changes.ts); if this load read any of them, it asks again.
 *   The status stays `ready` while it does, so forms and focus are left alone.
 * The domains read are learnt from the channels the load calls; nothing to declare here.
 * Screens never reload by hand: a new channel only needs its entry in shared/ipc/changes.ts
 * when it reads or writes beyond its own prefix.
 */
export function useRequest<T>(load: () => Promise<T>, key: string): RequestState<T> {
  const [fresh, setFresh] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>({ key: '', data: undefined, error: undefined });
  const channels = useRef(new Set<string>());
  const run = useEffectEvent(() => tracked(load, channels.current));

  useEffect(() => {
    let current = true;
    run().then(
      (data) => current && setSettled({ key, data, error: undefined }),
      (error: unknown) =>
        current &&
        setSettled((s) => ({
          key,
          data: s.data,
          error: error instanceof Error ? error : new Error(String(error)),
        })),
    );
    return () => {
      current = false;
    };
  }, [key, fresh]);

  useEffect(
    () =>
      onStoreChange((domains) => {
        const reads = new Set([...channels.current].flatMap(readsOf));
        if (domains.some((d) => reads.has(d))) setFresh((n) => n + 1);
      }),
    [],
  );

  if (settled.key !== key) return { status: 'loading', data: settled.data, error: undefined };
  if (settled.error) return { status: 'error', data: settled.data, error: settled.error };
  return { status: 'ready', data: settled.data as T, error: undefined };
}
