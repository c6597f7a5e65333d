import { useCallback, useRef, useState } from 'react';
import type { HistoryPage } from '#shared/oneOnOnes/history';
import type { MeetingSummary } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';

export interface HistoryPages {
  meetings: MeetingSummary[];
  total: number;
  /** More (older) meetings exist than are loaded. */
  hasMore: boolean;
  loadingMore: boolean;
  error: Error | undefined;
  /** Asks for the next page; calling it again while one is on its way does nothing. */
  loadMore: () => void;
}

/**
 * A person's 1:1s, newest page first, older pages appended as the list asks for them. When
 * the newest page is asked again (another person, or a 1:1 changed: see useRequest) it starts
 * again from there, and pages still on their way for the old one are dropped.
 */
export function useHistoryPages(personId: string): HistoryPages & { ready: boolean } {
  const first = useRequest(() => call('oneOnOnes.history', { personId }), personId);
  const [older, setOlder] = useState<{ base: HistoryPage; pages: HistoryPage[] } | null>(null);
  const [failed, setFailed] = useState<Error | undefined>(undefined);
  // The page last asked for, by the newest page it follows: after a reload the same cursor may come round again.
  const asked = useRef<{ base: HistoryPage; cursor: string } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const base = first.data;
  const pages = base && older?.base === base ? older.pages : [];
  const next = pages.length ? pages.at(-1)!.next : (base?.next ?? null);

  const loadMore = useCallback(() => {
    if (!base || !next || (asked.current?.base === base && asked.current.cursor === next)) return;
    asked.current = { base, cursor: next };
    setLoadingMore(true);
    setFailed(undefined);
    call('oneOnOnes.history', { personId, cursor: next })
      .then(
        (page) => setOlder((o) => ({ base, pages: [...(o?.base === base ? o.pages : []), page] })),
        (error: unknown) => {
          asked.current = null;
          setFailed(error instanceof Error ? error : new Error(String(error)));
        },
      )
      .finally(() => setLoadingMore(false));
  }, [base, next, personId]);

  return {
    ready: base !== undefined,
    meetings: base ? [base, ...pages].flatMap((p) => p.meetings) : [],
    total: base?.total ?? 0,
    hasMore: next !== null,
    loadingMore,
    error: first.error ?? failed,
    loadMore,
  };
}
