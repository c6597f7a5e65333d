import { formatDate, plural } from '#shared/format';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'wouter';
import { KIT_KIND_WORDS, type Candidate } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { Modal } from '#renderer/components/Modal';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { CandidateDialogs, type CandidateDialog } from './CandidateDialogs';
import { CandidateForm } from './CandidateForm';
import { RoleSettingsForm } from './RoleSettingsForm';

const CANDIDATE_COLUMNS: Column<Candidate>[] = [
  {
    id: 'name',
    header: 'Name',
    rowHeader: true,
    cell: (c) => <Link href={`/interviews/candidates/${c.id}`}>{c.name}</Link>,
  },
  { id: 'stage', header: 'Stage', cell: (c) => c.stage },
  { id: 'source', header: 'Source', cell: (c) => c.source || '—' },
  {
    id: 'retention',
    header: 'Retention',
    cell: (c) =>
      c.erasureDue ? (
        <span className="badge iv-badge--alert">Due for erasure</span>
      ) : (
        `until ${formatDate(c.retainUntil, { weekday: false })}`
      ),
  },
];

/** A role read first: its competencies, kits and candidates; "New candidate…" and "Edit role…" open a dialog. */
export function RoleScreen() {
  const { id } = useParams<{ id: string }>();
  const notice = useToast();
  const [dialog, setDialog] = useState<'candidate' | 'role' | null>(null);
  // A candidate's row menu opens its dialogs here, as the candidate's own page does.
  // It stays mounted (dialog null) once closed, so the native dialog hands focus back to the row's menu.
  const [acting, setActing] = useState<{ candidate: Candidate; dialog: CandidateDialog | null } | null>(null);
  const erased = useRef<string | null>(null);
  const data = useRequest(
    async () => ({
      role: await call('interviews.getRole', { id }),
      candidates: await call('interviews.listCandidates', { roleId: id }),
      prefs: await call('interviews.getPrefs', {}),
    }),
    id,
  );
  // An erased candidate's row, and the menu that had focus, go once the list refreshes: focus the page title then.
  const rows = data.data?.candidates;
  useEffect(() => {
    if (!erased.current || !rows || rows.some((c) => c.id === erased.current)) return;
    document.querySelector<HTMLElement>('.page-header h1')?.focus();
    erased.current = null;
  }, [rows]);
  if (data.error) return <ErrorMessage error={data.error} />;
  if (!data.data) return null;
  const { role, candidates, prefs } = data.data;
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
        // The period in days either way: a role without its own says it follows the panel's.
        subtitle={`${role.level || 'No level set'} · keeps candidate data for ${plural(role.retentionDays ?? prefs.retentionDays, 'day')}${role.retentionDays ? '' : ', as Panel settings say'}`}
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
                    · {KIT_KIND_WORDS[k.kind]}
                    {k.version === 2
                      ? ' · edited once'
                      : k.version > 2
                        ? ` · edited ${plural(k.version - 1, 'time')}`
                        : ''}
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
          <DataTable
            rows={candidates}
            rowKey={(c) => c.id}
            columns={CANDIDATE_COLUMNS}
            caption="Candidates"
            rowActions={(c) => ({
              label: `Actions for ${c.name}`,
              actions: [
                { id: 'edit', label: 'Edit details…', onAction: () => setActing({ candidate: c, dialog: 'edit' }) },
                {
                  id: 'erase',
                  label: 'Erase candidate…',
                  tone: 'danger',
                  onAction: () => setActing({ candidate: c, dialog: 'erase' }),
                },
              ],
            })}
          />
        )}
      </section>
      {acting ? (
        <CandidateDialogs
          candidate={acting.candidate}
          open={acting.dialog}
          onClose={() => setActing({ ...acting, dialog: null })}
          onErased={() => (erased.current = acting.candidate.id)}
        />
      ) : null}
    </>
  );
}
