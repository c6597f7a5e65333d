import { formatDate } from '#shared/format';
import { useState } from 'react';
import type { Assessment, AssessmentSummary } from '#shared/ladders/assessment';
import { compareAssessments, type ComparisonRow } from '#shared/ladders/compare';
import { stepIndex } from '#shared/ladders/scale';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { Radar } from './Radar';
import { SelectField } from '#renderer/components/InputFields';

/**
 * A snapshot named by date (as the list of snapshots above names it) and the level it was
 * measured against: a rating means nothing without its bar.
 */
const snapshotLabel = (s: Pick<AssessmentSummary, 'assessedOn' | 'levelName'>) =>
  `${formatDate(s.assessedOn)} · ${s.levelName}`;

/** How far up its own scale a rating sits, 0 (not rated) to 1 (the top step), for the radar. */
function reach(a: Assessment, rating: string | null): number {
  const steps = a.ladder.scale.steps.length;
  return rating === null ? 0 : (stepIndex(a.ladder.scale, rating) + 1) / steps;
}

const compareColumns = (before: string, after: string): Column<ComparisonRow>[] => [
  { id: 'competency', header: 'Competency', rowHeader: true, cell: (r) => r.name },
  { id: 'before', header: before, cell: (r) => r.beforeName ?? '—' },
  { id: 'after', header: after, cell: (r) => r.afterName ?? '—' },
  { id: 'change', header: 'Change', cell: (r) => <span className={`change change--${r.change}`}>{r.words}</span> },
];

/** Two snapshots side by side: a table of what changed for each competency, and a radar of both. */
export function ComparePanel({ snapshots }: { snapshots: AssessmentSummary[] }) {
  // Snapshots come newest first; compare the previous one with the latest by default.
  const [from, setFrom] = useState(snapshots[1]?.id ?? snapshots[0]!.id);
  const [to, setTo] = useState(snapshots[0]!.id);
  const pair = useRequest(
    () => Promise.all([call('assessments.get', { id: from }), call('assessments.get', { id: to })]),
    `${from}:${to}`,
  );
  const comparison = pair.data ? compareAssessments(pair.data[0], pair.data[1]) : null;
  const summaryOf = (id: string) => snapshots.find((s) => s.id === id);
  const option = (s: AssessmentSummary) => (
    <option key={s.id} value={s.id}>
      {snapshotLabel(s)}
    </option>
  );
  const [before, after] = [summaryOf(from), summaryOf(to)];
  const [earlier, later] = pair.data ?? [];
  return (
    <div className="compare">
      <div className="form-grid">
        <SelectField label="Earlier assessment" value={from} onChange={(e) => setFrom(e.target.value)}>
          {snapshots.map(option)}
        </SelectField>
        <SelectField label="Later assessment" value={to} onChange={(e) => setTo(e.target.value)}>
          {snapshots.map(option)}
        </SelectField>
      </div>
      {earlier && later && comparison && before && after ? (
        <>
          {comparison.note ? (
            <p className="compare__note" role="note">
              {comparison.note}
            </p>
          ) : null}
          <div className={`compare__body${comparison.footing === 'same' ? '' : ' compare__body--table-only'}`}>
            <DataTable
              rows={comparison.rows}
              rowKey={(r) => r.competencyId}
              columns={compareColumns(snapshotLabel(before), snapshotLabel(after))}
              caption={`Ratings of ${snapshotLabel(before)} and ${snapshotLabel(after)}`}
              className="table--short-heads compare__table"
            />
            {/* Shapes on different bars would draw a step back that is not one: the table says it in words instead. */}
            {comparison.footing === 'same' ? (
              <Radar
                axes={comparison.rows.map((r) => r.name)}
                rings={later.ladder.scale.steps.length}
                series={[
                  {
                    label: snapshotLabel(before),
                    className: 'radar__series--before',
                    values: comparison.rows.map((r) => reach(earlier, r.before)),
                  },
                  {
                    label: snapshotLabel(after),
                    className: 'radar__series--after',
                    values: comparison.rows.map((r) => reach(later, r.after)),
                  },
                ]}
              />
            ) : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
