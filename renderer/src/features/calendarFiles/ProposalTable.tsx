import type { SeriesProposal } from '#shared/calendarFiles/model';
import { formatDate, formatZone } from '#shared/format';
import { cadenceText, changesText, exceptionText, whenText } from './describe';

interface Props {
  proposals: SeriesProposal[];
  chosen: Set<string>;
  onToggle: (uid: string) => void;
}

/** The series the file proposes, each with a checkbox: the manager picks which to import. */
export function ProposalTable({ proposals, chosen, onToggle }: Props) {
  return (
    <table className="table calendar-proposals">
      <caption className="calendar-proposals__caption">
        Found {proposals.length} 1:1 series. Nothing is saved until you import.
      </caption>
      <thead>
        <tr>
          <th scope="col">Import</th>
          <th scope="col">Event</th>
          <th scope="col">Person</th>
          <th scope="col">Cadence</th>
          <th scope="col">When</th>
          <th scope="col">Ends</th>
          <th scope="col">Changed dates</th>
        </tr>
      </thead>
      <tbody>
        {proposals.map((p) => {
          const label = `Import “${p.summary}”`;
          return (
            <tr key={p.uid}>
              <td>
                <input
                  type="checkbox"
                  aria-label={label}
                  checked={chosen.has(p.uid)}
                  onChange={() => onToggle(p.uid)}
                />
              </td>
              <td>
                {p.summary}
                <div className="muted">Line {p.line}</div>
              </td>
              <td>
                {'id' in p.person ? p.person.name : p.person.create}
                <div>
                  {'id' in p.person ? (
                    p.action === 'update' ? (
                      <span className="badge">updates their series</span>
                    ) : null
                  ) : (
                    <span className="badge badge--first">new person</span>
                  )}
                </div>
              </td>
              <td>{cadenceText(p)}</td>
              <td>
                {whenText(p)}
                <div className="muted">
                  {formatZone(p.timeZone, { offset: true })}
                  {p.zoneFrom ? ` (from “${p.zoneFrom}”)` : ''}
                </div>
                <div className="muted">since {formatDate(p.firstDate, { year: 'always' })}</div>
              </td>
              <td>{p.endsOn ? formatDate(p.endsOn, { year: 'always' }) : <span className="muted">No end</span>}</td>
              <td>
                {p.exceptions.length ? (
                  <details>
                    <summary>{changesText(p.exceptions)}</summary>
                    <ul className="calendar-proposals__changes">
                      {p.exceptions.map((e) => (
                        <li key={e.date}>{exceptionText(e)}</li>
                      ))}
                    </ul>
                  </details>
                ) : (
                  <span className="muted">None</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
