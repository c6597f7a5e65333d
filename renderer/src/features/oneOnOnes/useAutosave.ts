import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

const DEBOUNCE_MS = 500;

/**
 * Saves text while the user types: 500 ms after the last keystroke, at once on blur, and
 * when the page is hidden or unloaded (reload, quit, switching away), so at most the last
 * half-second of typing is at risk. Saves run one at a time, newest text last.
 */
export function useAutosave(save: (text: string) => Promise<unknown>) {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    setStatus('saving');
    chain.current = chain.current
      .then(() => saveRef.current(text))
      .then(
        () => setStatus(pending.current === null ? 'saved' : 'pending'),
        () => setStatus('error'),
      );
  }, []);

  const change = useCallback(
    (text: string) => {
      pending.current = text;
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, DEBOUNCE_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  return { status, change, flush };
}

export const SAVE_LABELS: Record<SaveStatus, string> = {
  idle: '',
  pending: 'Editing…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved — check the error and try again',
};
