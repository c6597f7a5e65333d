import { formatDate, plural } from '#shared/format';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { Counterpart, MeetingSummary } from '#shared/oneOnOnes/model';
import { STATUS_LABELS } from '../format';
import { meetingWhen } from '../time/meetingTimes';
import { useMyZone } from '../time/useMyZone';
import { useHistoryPages } from './useHistoryPages';

const ROW_ESTIMATE = 38;

function Row({ meeting: m, person }: { meeting: MeetingSummary; person: Counterpart }) {
  const myZone = useMyZone();
  return (
    <>
      <Link href={`/one-on-ones/meeting/${m.id}`}>{meetingWhen(m.startsAt, myZone, person)}</Link>{' '}
      <span className="badge">{STATUS_LABELS[m.status]}</span>
      {m.movedTo ? <span className="muted"> to {formatDate(m.movedTo)}</span> : null}
      {m.tags.length ? <span className="muted"> · {m.tags.join(', ')}</span> : null}
    </>
  );
}

const count = (n: number) => plural(n, 'meeting');

/**
 * Every 1:1 with the person, newest first. Ten years of weekly meetings is 500 rows, so the
 * list renders only the rows in view and asks for the next older page when its end comes
 * into view; aria-setsize gives screen readers the full count from the start.
 */
export function History({ personId, person, version }: { personId: string; person: Counterpart; version: string }) {
  const history = useHistoryPages(personId, `${personId}-${version}`);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { meetings, hasMore, loadMore } = history;
  // The virtualizer is read afresh on every render and nothing memoises it, which is what the rule warns about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    // One row more while older meetings remain: the "loading" row that asks for them.
    count: meetings.length + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    initialRect: { width: 800, height: 400 },
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && lastShown >= meetings.length - 1) loadMore();
  }, [hasMore, lastShown, meetings.length, loadMore]);

  if (!history.ready || history.total === 0) return null;
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">All 1:1s</h2>
      <p className="muted history__count">{count(history.total)}, newest first</p>
      <div
        ref={scrollRef}
        className="history-scroll"
        tabIndex={0}
        role="region"
        aria-label={`1:1 history, ${count(history.total)}, scrollable`}
      >
        <ul className="history" style={{ paddingTop: before, paddingBottom: after }}>
          {items.map((item) => {
            const m = meetings[item.index];
            return m ? (
              <li
                key={m.id}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-posinset={item.index + 1}
                aria-setsize={history.total}
              >
                <Row meeting={m} person={person} />
              </li>
            ) : (
              <li key="more" ref={virtualizer.measureElement} data-index={item.index} className="history__more muted">
                {history.error ? (
                  <>
                    Could not load older 1:1s.{' '}
                    <button type="button" className="button button--quiet" onClick={loadMore}>
                      Try again
                    </button>
                  </>
                ) : (
                  'Loading older 1:1s…'
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
