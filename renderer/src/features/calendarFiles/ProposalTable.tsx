import type { SeriesProposal } from '#shared/calendarFiles/model';
import { formatDate, formatZone } from '#shared/format';
import { cadenceText, changesText, exceptionText, whenText } from './describe';
import { DataTable, type Column } from '#renderer/components/DataTable';

interface Props {
  proposals: SeriesProposal[];
  chosen: Set<string>;
  onToggle: (uid: string) => void;
}

function PersonCell({ p }: { p: SeriesProposal }) {
  if (!('id' in p.person)) {
    return (
      <>
        {/* A name reads as one: the table gives room to the longer columns first. */}
        <span className="nowrap">{p.person.create}</span>
        <div>
          <span className="badge badge--first">new person</span>
        </div>
      </>
    );
  }
  return (
    <>
      <span className="nowrap">{p.person.name}</span>
      {p.action === 'update' ? (
        <div>
          <span className="badge">updates their series</span>
        </div>
      ) : null}
    </>
  );
}

function ChangedDates({ p }: { p: SeriesProposal }) {
  if (!p.exceptions.length) return <span className="muted">None</span>;
  return (
    <details>
      <summary>{changesText(p.exceptions)}</summary>
      <ul className="calendar-proposals__changes">
        {p.exceptions.map((e) => (
          <li key={e.date}>{exceptionText(e)}</li>
        ))}
      </ul>
    </details>
  );
}

/** The series the file proposes, each with a checkbox: the manager picks which to import. */
export function ProposalTable({ proposals, chosen, onToggle }: Props) {
  const columns: Column<SeriesProposal>[] = [
    {
      id: 'import',
      header: 'Import',
      cell: (p) => (
        <input
          type="checkbox"
          aria-label={`Import “${p.summary}”`}
          checked={chosen.has(p.uid)}
          onChange={() => onToggle(p.uid)}
        />
      ),
    },
    {
      id: 'event',
      header: 'Event',
      cell: (p) => (
        <>
          {p.summary}
          <div className="muted">Line {p.line}</div>
        </>
      ),
    },
    { id: 'person', header: 'Person', cell: (p) => <PersonCell p={p} /> },
    { id: 'cadence', header: 'Cadence', cell: cadenceText },
    {
      id: 'when',
      header: 'When',
      cell: (p) => (
        <>
          {whenText(p)}
          <div className="muted">
            {formatZone(p.timeZone, { offset: true })}
            {p.zoneFrom ? ` (from “${p.zoneFrom}”)` : ''}
          </div>
          {/* First and last date on one line: an Ends column of its own squeezed every column at 1024 px. */}
          <div className="muted">
            {/* "From" stays with its date, and a date never breaks inside ("Thu 24 Jun / 2027"). */}
            <span className="nowrap">From {formatDate(p.firstDate, { year: 'always' })}</span>
            {p.endsOn ? (
              <>
                {' '}
                <span className="nowrap">to {formatDate(p.endsOn, { year: 'always' })}</span>
              </>
            ) : (
              ', no end'
            )}
          </div>
        </>
      ),
    },
    {
      id: 'changes',
      header: 'Changed dates',
      cell: (p) => <ChangedDates p={p} />,
      className: 'calendar-proposals__changes-column',
    },
  ];
  return (
    <DataTable
      rows={proposals}
      rowKey={(p) => p.uid}
      columns={columns}
      caption={`Found ${proposals.length} 1:1 series. Nothing is saved until you import.`}
      captionVisible
      className="calendar-proposals"
    />
  );
}
