import { plural } from '#shared/format';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { Link } from 'wouter';
import { RELATIONSHIP_LABELS, type Person } from '#shared/people/model';
import { DataTable, TableHead, TableRow, tableClassName, type Column } from '#renderer/components/DataTable';
import { personRowActions } from './personRowActions';

/** Lists longer than this render only the rows in view (a decade of people, or a big import). */
export const VIRTUAL_FROM = 200;
const ROW_ESTIMATE = 41;

const COLUMNS: Column<Person>[] = [
  {
    id: 'name',
    header: 'Name',
    cell: (p) => (
      <>
        <Link href={`/people/${p.id}`} className="people-table__name">
          {p.name}
        </Link>
        {p.pronouns ? <span className="people-table__pronouns muted"> {p.pronouns}</span> : null}
      </>
    ),
  },
  { id: 'role', header: 'Role', cell: (p) => p.title || <span className="muted">—</span> },
  { id: 'team', header: 'Team', cell: (p) => p.teamName ?? <span className="muted">No team</span> },
  { id: 'relationship', header: 'Relationship', cell: (p) => RELATIONSHIP_LABELS[p.relationship] },
  {
    id: 'status',
    header: 'Status',
    cell: (p) => (p.status === 'active' ? 'Active' : <span className="badge">Left</span>),
  },
  // Small actions other domains add to each row (e.g. "next time" topic), side by side.
  ...(personRowActions.length
    ? [
        {
          id: 'actions',
          header: 'Actions',
          headerHidden: true,
          className: 'table__actions',
          cell: (p: Person) => personRowActions.map(({ id, Component }) => <Component key={id} person={p} />),
        },
      ]
    : []),
];

const caption = (n: number) => plural(n, 'person', 'people');

/** Status only when someone listed has left: a column reading "Active" on every row says nothing. */
const columnsFor = (people: readonly Person[]) =>
  people.some((p) => p.status !== 'active') ? COLUMNS : COLUMNS.filter((c) => c.id !== 'status');

/**
 * Still a real table for long lists: rows outside the scroll box are replaced by two spacer
 * rows, aria-rowcount gives the full count (aria-rowindex counts the header row as 1, so
 * screen readers announce each row's true position), and the box takes keyboard focus so
 * arrow keys and Page Up/Down scroll it.
 */
/** Lets the screen put focus on a row's link, e.g. the first row "Show more" added. */
export interface PeopleTableHandle {
  focusRow(index: number): void;
}

const focusLinkIn = (row: Element | null | undefined) => row?.querySelector<HTMLElement>('a')?.focus();

function VirtualPeopleTable({ people, ref }: { people: readonly Person[]; ref?: Ref<PeopleTableHandle> | undefined }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // A row outside the box is not drawn: scroll to it first, focus it once drawn.
  const [focusing, setFocusing] = useState<number | null>(null);
  // The virtualizer is read afresh on every render and nothing memoises it, which is what the rule warns about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: people.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 10,
    // A first guess at the box, so the first render already has rows instead of waiting a frame to measure.
    initialRect: { width: 1000, height: 600 },
  });
  useImperativeHandle(ref, () => ({
    focusRow(index) {
      virtualizer.scrollToIndex(index, { align: 'start' });
      setFocusing(index);
    },
  }));
  const items = virtualizer.getVirtualItems();
  useEffect(() => {
    if (focusing === null) return;
    const row = scrollRef.current?.querySelector(`tbody tr[aria-rowindex="${focusing + 2}"]`);
    if (!row) return;
    setFocusing(null);
    focusLinkIn(row);
  }, [focusing, items]);
  const columns = columnsFor(people);
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div
      ref={scrollRef}
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={`People list, ${caption(people.length)}, scrollable`}
    >
      <table className={tableClassName({ className: 'people-table' })} aria-rowcount={people.length + 1}>
        <caption className="visually-hidden">{caption(people.length)}</caption>
        <TableHead columns={columns} ariaRowIndex={1} />
        <tbody>
          {before > 0 ? (
            <tr aria-hidden="true" className="table-spacer">
              <td colSpan={columns.length} style={{ height: before }} />
            </tr>
          ) : null}
          {items.map((item) => (
            <TableRow
              key={people[item.index]!.id}
              row={people[item.index]!}
              columns={columns}
              ariaRowIndex={item.index + 2}
            />
          ))}
          {after > 0 ? (
            <tr aria-hidden="true" className="table-spacer">
              <td colSpan={columns.length} style={{ height: after }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

function PlainPeopleTable({ people, ref }: { people: readonly Person[]; ref?: Ref<PeopleTableHandle> | undefined }) {
  const box = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => ({
    focusRow: (index) => focusLinkIn(box.current?.querySelectorAll('tbody tr')[index]),
  }));
  return (
    <div ref={box}>
      <DataTable
        rows={people}
        rowKey={(p) => p.id}
        columns={columnsFor(people)}
        caption={caption(people.length)}
        className="people-table"
      />
    </div>
  );
}

export function PeopleTable({ people, ref }: { people: readonly Person[]; ref?: Ref<PeopleTableHandle> }) {
  return people.length > VIRTUAL_FROM ? (
    <VirtualPeopleTable people={people} ref={ref} />
  ) : (
    <PlainPeopleTable people={people} ref={ref} />
  );
}
