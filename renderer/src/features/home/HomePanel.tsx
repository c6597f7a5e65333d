import type { Key, ReactNode } from 'react';

/**
 * One of Home's lists (overdue actions, goals, pairs, scorecards): its heading, then its rows,
 * or the one quiet sentence that says there is nothing to do; `after` follows either.
 */
export function HomePanel<T>({
  id,
  title,
  rows,
  rowKey,
  empty,
  after,
  children: row,
}: {
  id: string;
  title: string;
  rows: readonly T[];
  rowKey: (row: T) => Key;
  empty: ReactNode;
  after?: ReactNode;
  children: (row: T) => ReactNode;
}) {
  return (
    // With nothing in it the panel steps back (see home.css), so the week's 1:1s lead the page.
    <section className={`panel home-panel${rows.length === 0 ? ' home-panel--quiet' : ''}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="home-list">
          {rows.map((r) => (
            <li key={rowKey(r)} className="home-row">
              {row(r)}
            </li>
          ))}
        </ul>
      )}
      {after}
    </section>
  );
}
