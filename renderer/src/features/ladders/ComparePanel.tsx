import { formatDate } from '#shared/format';
import { useId, useState } from 'react';
import type { AssessmentSummary } from '#shared/ladders/assessment';
import { compareAssessments } from '#shared/ladders/compare';
import { RATING_LABELS } from '#shared/ladders/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { Radar } from './Radar';

const CHANGE_LABEL = { up: 'Up', down: 'Down', same: 'Same', new: 'New', gone: 'Not rated' } as const;

/** Two snapshots side by side: a table of how each rating moved, and a radar of both. */
export function ComparePanel({ snapshots }: { snapshots: AssessmentSummary[] }) {
  const fromId = useId();
  const toId = useId();
  // Snapshots come newest first; compare the previous one with the latest by default.
  const [from, setFrom] = useState(snapshots[1]?.id ?? snapshots[0]!.id);
  const [to, setTo] = useState(snapshots[0]!.id);
  const pair = useRequest(
    () => Promise.all([call('assessments.get', { id: from }), call('assessments.get', { id: to })]),
    `${from}:${to}`,
  );
  const rows = pair.data ? compareAssessments(pair.data[0], pair.data[1]) : [];
  const option = (s: AssessmentSummary) => (
    <option key={s.id} value={s.id}>
      {formatDate(s.assessedOn)} · {s.levelName}
    </option>
  );
  return (
    <div className="compare">
      <div className="form-grid">
        <div className="field">
          <label htmlFor={fromId}>Earlier snapshot</label>
          <select id={fromId} value={from} onChange={(e) => setFrom(e.target.value)}>
            {snapshots.map(option)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={toId}>Later snapshot</label>
          <select id={toId} value={to} onChange={(e) => setTo(e.target.value)}>
            {snapshots.map(option)}
          </select>
        </div>
      </div>
      {pair.data ? (
        <div className="compare__body">
          <table className="table table--short-heads compare__table">
            <caption className="visually-hidden">
              Ratings on {pair.data[0].assessedOn} and {pair.data[1].assessedOn}
            </caption>
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">{pair.data[0].assessedOn}</th>
                <th scope="col">{pair.data[1].assessedOn}</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.competencyId}>
                  <th scope="row">{r.name}</th>
                  <td>{r.before ? RATING_LABELS[r.before] : '—'}</td>
                  <td>{r.after ? RATING_LABELS[r.after] : '—'}</td>
                  <td>
                    <span className={`change change--${r.change}`}>{CHANGE_LABEL[r.change]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Radar
            axes={rows.map((r) => r.name)}
            series={[
              { label: pair.data[0].assessedOn, className: 'radar__series--before', values: rows.map((r) => r.before) },
              { label: pair.data[1].assessedOn, className: 'radar__series--after', values: rows.map((r) => r.after) },
            ]}
          />
        </div>
      ) : null}
    </div>
  );
}
