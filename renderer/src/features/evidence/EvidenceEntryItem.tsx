import { Link } from 'wouter';
import type { EvidenceEntry } from '#shared/evidence/model';
import { sourceName } from '#shared/evidence/words';
import { formatDate } from '#shared/format';

interface Props {
  entry: EvidenceEntry;
  nameOf: (tag: string) => string;
  onEdit: () => void;
}

/** One entry of the timeline: what happened and what it shows, its competencies, where it came from. */
export function EvidenceEntryItem({ entry, nameOf, onEdit }: Props) {
  return (
    <li className={`evidence-entry${entry.private ? ' evidence-entry--private' : ''}`}>
      <div className="evidence-entry__when">{formatDate(entry.seenOn)}</div>
      <div className="evidence-entry__body">
        <p className="evidence-entry__happened">{entry.happened}</p>
        {entry.shows ? <p className="evidence-entry__shows">{entry.shows}</p> : null}
        <div className="evidence-entry__meta">
          {entry.private ? (
            <span className="badge badge--warn">{entry.shareable ? 'Private · shareable version' : 'Private'}</span>
          ) : null}
          {entry.competencyIds.map((c) => (
            <span key={c} className="badge">
              {nameOf(c)}
            </span>
          ))}
          {entry.source.kind === 'direct' ? (
            <span className="muted">{sourceName(entry.source, formatDate)}</span>
          ) : (
            <Link href={entry.source.href} className="evidence-entry__source">
              {sourceName(entry.source, formatDate)}
            </Link>
          )}
        </div>
      </div>
      <button
        type="button"
        className="button button--quiet evidence-entry__edit"
        onClick={onEdit}
        aria-label={`Edit evidence of ${formatDate(entry.seenOn)}`}
      >
        Edit
      </button>
    </li>
  );
}
