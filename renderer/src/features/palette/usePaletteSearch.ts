import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { PaletteResults } from '#shared/palette/model';
import { call } from '#renderer/api/client';
import { buildOptions } from './options';
import { useScreenActions } from './screenActions';

/** Typing pauses this long before the store is asked: one search per pause, not per key. */
export const PALETTE_DEBOUNCE_MS = 150;

/**
 * The palette's text, its options and the active one. Searches are debounced, and an answer
 * to older text is dropped, so fast typing never shows stale results; the previous results
 * stay up meanwhile (no flicker). A refusal (there should be none: any text is valid) reads
 * as a message in the status line, never as a crash. The active option is remembered by key,
 * so results arriving for the same text keep it where the arrow keys left it.
 */
export function usePaletteSearch() {
  const [text, setText] = useState('');
  const [results, setResults] = useState<{ text: string; value: PaletteResults } | null>(null);
  const [error, setError] = useState<{ text: string; message: string } | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const latest = useRef('');

  useEffect(() => {
    latest.current = text;
    if (!text.trim()) return;
    const timer = setTimeout(() => {
      call('palette.search', { text }).then(
        (value) => {
          if (latest.current === text) setResults({ text, value });
        },
        (e: Error) => {
          if (latest.current === text) setError({ text, message: e.message });
        },
      );
    }, PALETTE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const blank = !text.trim();
  const screenActions = useScreenActions((s) => s.actions);
  const [here] = useLocation();
  const options = useMemo(
    () => buildOptions(text, blank ? null : (results?.value ?? null), screenActions, here),
    [text, blank, results, screenActions, here],
  );
  const found = options.findIndex((o) => o.key === activeKey);
  const active = found === -1 ? 0 : found;
  const failed = error && error.text === text ? error.message : null;
  const searching = !blank && results?.text !== text && !failed;
  const status = failed
    ? `Search failed: ${failed}`
    : searching
      ? 'Searching…'
      : options.length === 0
        ? 'No results'
        : `${options.length} ${options.length === 1 ? 'result' : 'results'}`;
  return {
    text,
    setText,
    options,
    active,
    setActive: (i: number) => setActiveKey(options[i]?.key ?? null),
    status,
  };
}
