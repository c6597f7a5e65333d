import { useState } from 'react';
import { formatMonth, formatPercent, plural } from '#shared/format';
import { Link } from 'wouter';
import type { InterviewerCalibration, MeanDiff } from '#shared/interviews/calibration';
import { IN_LINE_WITHIN, RATINGS_TO_BE_SURE, readCalibration } from '#shared/interviews/calibrationReading';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { SelectField } from '#renderer/components/InputFields';
import { LeanBar, signed } from './LeanBar';

/** The lean drawn, then said: "In line with the panel", and under it the figures, "+0.11 over 9 ratings". */
function Lean({ diff }: { diff: MeanDiff }) {
  return (
    <span className="iv-lean">
      <LeanBar diff={diff} />
      <span className="iv-lean__words">
        <span>{readCalibration(diff).words}</span>
        <span className="visually-hidden">, </span>
        <span className="muted iv-lean__figures">
          {signed(diff)} over {plural(diff.compared, 'rating')}
        </span>
      </span>
    </span>
  );
}

/** A share of recommendations: its heading stays on one line, its full words are for screen readers. */
const shareHeader = (words: string) => (
  <>
    {words}
    <span className="visually-hidden"> recommendations</span>
  </>
);

const CALIBRATION_COLUMNS: Column<InterviewerCalibration>[] = [
  { id: 'interviewer', header: 'Interviewer', rowHeader: true, cell: (r) => r.interviewerName },
  { id: 'scorecards', header: 'Scorecards', className: 'nowrap iv-number', cell: (r) => r.scorecards },
  {
    id: 'lean',
    header: 'Against the rest of the panel',
    cell: (r) =>
      r.overall ? <Lean diff={r.overall} /> : <span className="muted">No one else scored their candidates yet</span>,
  },
  {
    id: 'strong-yes',
    header: shareHeader('Strong yes'),
    className: 'nowrap iv-number',
    cell: (r) => formatPercent(r.strongYesShare),
  },
  {
    id: 'strong-no',
    header: shareHeader('Strong no'),
    className: 'nowrap iv-number',
    cell: (r) => formatPercent(r.strongNoShare),
  },
];

/** One interviewer's lean by competency or by month: where it comes from, and whether it is moving. */
function LeanTable<T extends MeanDiff>({
  rows,
  label,
  header,
  name,
}: {
  rows: T[];
  label: string;
  header: string;
  name: (row: T) => string;
}) {
  return (
    <DataTable
      rows={rows}
      rowKey={name}
      caption={label}
      columns={[
        { id: 'name', header, rowHeader: true, className: 'iv-lean-table__name', cell: name },
        { id: 'lean', header: 'Against the panel', cell: (row) => <Lean diff={row} /> },
      ]}
    />
  );
}

export function CalibrationScreen() {
  const [roleId, setRoleId] = useState('');
  const roles = useRequest(() => call('interviews.listRoles', {}), 'roles');
  const rows = useRequest(() => call('interviews.calibration', { roleId: roleId || null }), roleId);
  return (
    <>
      <PageHeader
        title="Calibration"
        subtitle={`How each interviewer’s scores sit against the rest of the panel on the same candidates. A difference under ${IN_LINE_WITHIN} either way is in line with the panel; a lean is worth a word once it holds across ${RATINGS_TO_BE_SURE} or more ratings.`}
        actions={
          <Link href="/interviews" className="button">
            Interviews
          </Link>
        }
      />
      <div className="filters iv-filter">
        <SelectField label="Role" value={roleId} onChange={(e) => setRoleId(e.target.value)}>
          <option value="">All roles</option>
          {roles.data?.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </SelectField>
      </div>
      {rows.error ? <ErrorMessage error={rows.error} /> : null}
      {rows.data?.length === 0 ? <p className="muted">No submitted scorecards yet.</p> : null}
      {rows.data && rows.data.length > 0 ? (
        <>
          <DataTable
            rows={rows.data}
            rowKey={(r) => r.interviewerId}
            columns={CALIBRATION_COLUMNS}
            caption="Calibration by interviewer"
            className="iv-calibration-table"
          />
          {rows.data
            .filter((r) => r.overall)
            .map((r) => (
              <section key={r.interviewerId} className="iv-section" aria-label={`${r.interviewerName} in detail`}>
                <h2>{r.interviewerName}</h2>
                <div className="iv-columns">
                  <LeanTable
                    rows={r.byCompetency}
                    label={`${r.interviewerName} by competency`}
                    header="Competency"
                    name={(c) => c.competency}
                  />
                  <LeanTable
                    rows={r.byMonth}
                    label={`${r.interviewerName} over time`}
                    header="Month"
                    name={(m) => formatMonth(m.month)}
                  />
                </div>
              </section>
            ))}
        </>
      ) : null}
    </>
  );
}
