import { useState } from 'react';
import { formatDate } from '#shared/format';
import { Link, useLocation } from 'wouter';
import type { Role } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { EmptyState } from '#renderer/components/EmptyState';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { Modal } from '#renderer/components/Modal';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { PanelSection } from './PanelSection';
import { RoleForm } from './RoleForm';

const ROLE_COLUMNS: Column<Role>[] = [
  {
    id: 'role',
    header: 'Role',
    rowHeader: true,
    cell: (r) => <Link href={`/interviews/roles/${r.id}`}>{r.title}</Link>,
  },
  { id: 'level', header: 'Level', cell: (r) => r.level || '—' },
  { id: 'stages', header: 'Stages', cell: (r) => r.kits.map((k) => k.stage).join(', ') || 'No kits yet' },
  { id: 'candidates', header: 'Candidates', cell: (r) => r.candidateCount },
];

export function InterviewsScreen() {
  const [creating, setCreating] = useState(false);
  const [, navigate] = useLocation();
  const notice = useToast();
  const data = useRequest(async () => {
    const [roles, interviewers, prefs, due] = await Promise.all([
      call('interviews.listRoles', {}),
      call('interviews.listInterviewers', {}),
      call('interviews.getPrefs', {}),
      call('interviews.listCandidates', { erasureDue: true }),
    ]);
    return { roles, interviewers, prefs, due };
  }, 'interviews');
  const d = data.data;
  return (
    <>
      <PageHeader
        title="Interviews"
        subtitle="Same kit for every candidate of a role, anchored scores, and scorecards written before anyone sees the others."
        actions={
          <Link href="/interviews/calibration" className="button">
            Calibration
          </Link>
        }
        // With no role yet the empty state below offers "New role…": one primary action per screen.
        primary={
          d?.roles.length === 0 ? null : (
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              New role…
            </button>
          )
        }
      />
      <Modal title="New role" open={creating} onClose={() => setCreating(false)} size="wide">
        <RoleForm
          onCancel={() => setCreating(false)}
          onCreated={(role) => {
            setCreating(false);
            notice(`Added the role ${role.title}.`);
            navigate(`/interviews/roles/${role.id}`);
          }}
        />
      </Modal>
      {data.error ? <ErrorMessage error={data.error} /> : null}
      {d && d.due.length > 0 ? (
        <section className="panel iv-warning" aria-labelledby="due-heading">
          <h2 id="due-heading">Due for erasure</h2>
          <p>These candidates are past their retention period. Erase them from their page.</p>
          <ul aria-label="Candidates due for erasure">
            {d.due.map((c) => (
              <li key={c.id}>
                <Link href={`/interviews/candidates/${c.id}`}>{c.name}</Link>{' '}
                <span className="muted">
                  · {c.roleTitle} · kept until {formatDate(c.retainUntil)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">Roles</h2>
        {d && d.roles.length === 0 ? (
          <EmptyState title="No roles yet">
            <p>Add a role with the competencies to assess, then build a kit for each interview stage.</p>
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              New role…
            </button>
          </EmptyState>
        ) : null}
        {d && d.roles.length > 0 ? (
          <DataTable rows={d.roles} rowKey={(r) => r.id} columns={ROLE_COLUMNS} caption="Roles" className="iv-spaced" />
        ) : null}
      </section>
      {d ? <PanelSection interviewers={d.interviewers} prefs={d.prefs} /> : null}
    </>
  );
}
