import { formatDate } from '#shared/format';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { Modal } from '#renderer/components/Modal';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { CandidateForm } from './CandidateForm';
import { RoleSettingsForm } from './RoleSettingsForm';

const KIND_LABEL = { interview: 'Interview', work_sample: 'Work sample (graded blind)' } as const;

/** A role read first: its competencies, kits and candidates; "New candidate…" and "Edit role…" open a dialog. */
export function RoleScreen() {
  const { id } = useParams<{ id: string }>();
  const notice = useToast();
  const [dialog, setDialog] = useState<'candidate' | 'role' | null>(null);
  const data = useRequest(
    async () => ({
      role: await call('interviews.getRole', { id }),
      candidates: await call('interviews.listCandidates', { roleId: id }),
    }),
    id,
  );
  if (data.error) return <ErrorMessage error={data.error} />;
  if (!data.data) return null;
  const { role, candidates } = data.data;
  const close = () => setDialog(null);
  const newCandidate = (
    <button type="button" className="button button--primary" onClick={() => setDialog('candidate')}>
      New candidate…
    </button>
  );
  return (
    <>
      <PageHeader
        title={role.title}
        subtitle={`${role.level || 'No level set'} · keeps candidate data ${role.retentionDays ? `${role.retentionDays} days` : 'for the global period'}`}
        actions={
          <Link href="/interviews" className="button">
            All roles
          </Link>
        }
        more={[{ id: 'edit-role', label: 'Edit role…', onAction: () => setDialog('role') }]}
        primary={newCandidate}
      />
      <Modal title="New candidate" open={dialog === 'candidate'} onClose={close}>
        <CandidateForm
          submitLabel="Add candidate"
          onCancel={close}
          onSubmit={async (fields) => {
            const c = await call('interviews.createCandidate', { roleId: role.id, fields });
            close();
            notice(`Added ${c.name}.`);
          }}
        />
      </Modal>
      <Modal title={`Edit ${role.title}`} open={dialog === 'role'} onClose={close}>
        <RoleSettingsForm
          role={role}
          onCancel={close}
          onSaved={() => {
            close();
            notice('Role saved.');
          }}
        />
      </Modal>
      <div className="iv-columns">
        <section className="panel" aria-labelledby="competencies-heading">
          <h2 id="competencies-heading">Competencies</h2>
          <ul className="iv-list">
            {role.competencies.map((c) => (
              <li key={c.id}>
                <strong>{c.name}</strong> {c.description ? <span className="muted">— {c.description}</span> : null}
              </li>
            ))}
          </ul>
        </section>
        <section className="panel" aria-labelledby="kits-heading">
          <div className="iv-section-head">
            <h2 id="kits-heading">Interview kits</h2>
            <Link href={`/interviews/roles/${role.id}/kits/new`} className="button button--quiet">
              New kit
            </Link>
          </div>
          {role.kits.length === 0 ? (
            <p className="muted">No kits yet: every stage needs one before scorecards can be written.</p>
          ) : (
            <ul className="iv-list" aria-label="Kits">
              {role.kits.map((k) => (
                <li key={k.id}>
                  <Link href={`/interviews/kits/${k.id}/edit`}>{k.stage}</Link>{' '}
                  <span className="muted">
                    · {KIND_LABEL[k.kind]} · version {k.version}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="candidates-heading">
        <h2 id="candidates-heading">Candidates</h2>
        {candidates.length === 0 ? (
          <div className="iv-empty">
            <p className="muted">No candidates yet.</p>
            {newCandidate}
          </div>
        ) : (
          <table className="table iv-spaced">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Stage</th>
                <th scope="col">Source</th>
                <th scope="col">Retention</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/interviews/candidates/${c.id}`}>{c.name}</Link>
                  </td>
                  <td>{c.stage}</td>
                  <td>{c.source || '—'}</td>
                  <td>
                    {c.erasureDue ? (
                      <span className="badge iv-badge--alert">Due for erasure</span>
                    ) : (
                      `until ${formatDate(c.retainUntil, { weekday: false })}`
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
