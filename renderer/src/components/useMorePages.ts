import { useEffect, useRef, useState } from 'react';
import { useToast } from './toasts';

interface Added<T> {
  /** The first page these follow; once the screen reloads it, they no longer apply. */
  after: readonly T[];
  items: T[];
  loading: boolean;
}

/**
 * A list whose first page came with the screen's own request and whose rest comes a page per
 * "Show more" (issue 18: what a director's store holds is too much to send at once). When the
 * screen reloads its first page (something changed), the pages added here are dropped rather
 * than shown stale, and an answer that arrives after that is ignored. After a page arrives,
 * `focusAdded` gets the index of its first row, so focus can move to where reading carries on.
 */
export function useMorePages<T>(
  first: readonly T[],
  total: number,
  pageSize: number,
  loadAfter: (offset: number) => Promise<readonly T[]>,
  focusAdded: (index: number) => void,
) {
  const [added, setAdded] = useState<Added<T>>({ after: first, items: [], loading: false });
  const notice = useToast();
  const current = added.after === first ? added : { after: first, items: [], loading: false };
  const shown = first.length + current.items.length;
  const focusAt = useRef<number | null>(null);

  useEffect(() => {
    const at = focusAt.current;
    if (at === null || at >= shown) return;
    focusAt.current = null;
    focusAdded(at);
  }, [shown, focusAdded]);

  const loadMore = () => {
    if (current.loading) return;
    focusAt.current = shown;
    setAdded({ ...current, loading: true });
    const settle = (page: readonly T[]) =>
      setAdded((a) => (a.after === first ? { after: first, items: [...a.items, ...page], loading: false } : a));
    loadAfter(shown).then(settle, (error: Error) => {
      settle([]);
      notice(error.message, 'error');
    });
  };
  return {
    items: current.items.length ? [...first, ...current.items] : first,
    shown,
    /** How many the next "Show more" brings; 0 when everything is shown. */
    next: Math.max(0, Math.min(pageSize, total - shown)),
    loading: current.loading,
    loadMore,
  };
}
