import { plural } from '#shared/format';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'wouter';
import { RELATIONSHIP_LABELS, type Person } from '#shared/people/model';
import { personRowActions } from './personRowActions';

/** Lists longer than this render only the rows in view (a decade of people, or a big import). */
export const VIRTUAL_FROM = 200;
const ROW_ESTIMATE = 41;
const COLUMNS = 5 + (personRowActions.length ? 1 : 0);

function Row({ person: p, index }: { person: Person; index: number }) {
  return (
    // aria-rowindex counts the header row as 1, so screen readers announce the true position.
    <tr aria-rowindex={index + 2}>
      <td>
        <Link href={`/people/${p.id}`}>{p.name}</Link>
        {p.pronouns ? <span className="muted"> ({p.pronouns})</span> : null}
      </td>
      <td>{p.title || <span className="muted">—</span>}</td>
      <td>{p.teamName ?? <span className="muted">No team</span>}</td>
      <td>{RELATIONSHIP_LABELS[p.relationship]}</td>
      <td>{p.status === 'active' ? 'Active' : <span className="badge">Left</span>}</td>
      {personRowActions.length ? (
        <td>
          {personRowActions.map(({ id, Component }) => (
            <Component key={id} person={p} />
          ))}
        </td>
      ) : null}
    </tr>
  );
}

function Head() {
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col">Name</th>
        <th scope="col">Role</th>
        <th scope="col">Team</th>
        <th scope="col">Relationship</th>
        <th scope="col">Status</th>
        {personRowActions.length ? (
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        ) : null}
      </tr>
    </thead>
  );
}

const caption = (n: number) => plural(n, 'person', 'people');

/**
 * Still a real table for long lists: rows outside the scroll box are replaced by two spacer
 * rows, aria-rowcount gives the full count, and the box takes keyboard focus so arrow keys
 * and Page Up/Down scroll it.
 */
function VirtualPeopleTable({ people }: { people: Person[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
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
  const items = virtualizer.getVirtualItems();
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
      <table className="table people-table" aria-rowcount={people.length + 1}>
        <caption className="visually-hidden">{caption(people.length)}</caption>
        <Head />
        <tbody>
          {before > 0 ? (
            <tr aria-hidden="true" className="table-spacer">
              <td colSpan={COLUMNS} style={{ height: before }} />
            </tr>
          ) : null}
          {items.map((item) => (
            <Row key={people[item.index]!.id} person={people[item.index]!} index={item.index} />
          ))}
          {after > 0 ? (
            <tr aria-hidden="true" className="table-spacer">
              <td colSpan={COLUMNS} style={{ height: after }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

export function PeopleTable({ people }: { people: Person[] }) {
  if (people.length > VIRTUAL_FROM) return <VirtualPeopleTable people={people} />;
  return (
    <table className="table people-table">
      <caption className="visually-hidden">{caption(people.length)}</caption>
      <Head />
      <tbody>
        {people.map((p, i) => (
          <Row key={p.id} person={p} index={i} />
        ))}
      </tbody>
    </table>
  );
}
