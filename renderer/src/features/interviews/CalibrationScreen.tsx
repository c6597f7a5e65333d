import { useState } from 'react';
import { formatMonth, formatPercent } from '#shared/format';
import { Link } from 'wouter';
import type { InterviewerCalibration, MeanDiff } from '#shared/interviews/calibration';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { SelectField } from '#renderer/components/InputFields';

const signed = (d: MeanDiff | null) =>
  d ? `${d.meanDiff > 0 ? '+' : d.meanDiff < 0 ? '−' : '±'}${Math.abs(d.meanDiff).toFixed(2)}` : 'n/a';

const CALIBRATION_COLUMNS: Column<InterviewerCalibration>[] = [
  { id: 'interviewer', header: 'Interviewer', rowHeader: true, cell: (r) => r.interviewerName },
  { id: 'scorecards', header: 'Scorecards', cell: (r) => r.scorecards },
  {
    id: 'mean',
    header: 'Mean difference vs panel',
    cell: (r) => (
      <>
        {signed(r.overall)} {r.overall ? <span className="muted">({r.overall.compared} ratings compared)</span> : null}
      </>
    ),
  },
  { id: 'strong-yes', header: 'Strong yes', cell: (r) => formatPercent(r.strongYesShare) },
  { id: 'strong-no', header: 'Strong no', cell: (r) => formatPercent(r.strongNoShare) },
];

export function CalibrationScreen() {
  const [roleId, setRoleId] = useState('');
  const roles = useRequest(() => call('interviews.listRoles', {}), 'roles');
  const rows = useRequest(() => call('interviews.calibration', { roleId: roleId || null }), roleId);
  return (
    <>
      <PageHeader
        title="Calibration"
        subtitle="How each interviewer's scores sit against the rest of the panel on the same candidates. + means they score higher than their colleagues."
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
          <div className="iv-columns">
            {rows.data
              .filter((r) => r.overall)
              .map((r) => (
                <section key={r.interviewerId} className="panel" aria-label={`${r.interviewerName} in detail`}>
                  <h2>{r.interviewerName}</h2>
                  <h3>By competency</h3>
                  <ul>
                    {r.byCompetency.map((c) => (
                      <li key={c.competency}>
                        {c.competency}: {signed(c)} <span className="muted">({c.compared})</span>
                      </li>
                    ))}
                  </ul>
                  <h3>Over time</h3>
                  <ul>
                    {r.byMonth.map((m) => (
                      <li key={m.month}>
                        {formatMonth(m.month)}: {signed(m)} <span className="muted">({m.compared})</span>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
          </div>
        </>
      ) : null}
    </>
  );
}
