import { formatDate } from '#shared/format';
import type { Item } from '#shared/oneOnOnes/model';

/** One open item, read-only, as the prep view lists it. */
export function ItemBrief({ item, personName }: { item: Item; personName: string }) {
  const who =
    item.kind === 'agenda'
      ? item.side === 'me'
        ? 'from me'
        : `from ${personName}`
      : item.side === 'me'
        ? 'my action'
        : `${personName}’s action`;
  return (
    <li className="item-brief">
      <span>{item.text}</span>{' '}
      <span className="muted">
        ({who}
        {item.dueDate ? `, due ${formatDate(item.dueDate)}` : ''}
        {item.originDate ? `, since ${formatDate(item.originDate)}` : ''})
      </span>
    </li>
  );
}

export function ItemBriefList({ items, personName, empty }: { items: Item[]; personName: string; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="item-briefs">
      {items.map((i) => (
        <ItemBrief key={i.id} item={i} personName={personName} />
      ))}
    </ul>
  );
}
