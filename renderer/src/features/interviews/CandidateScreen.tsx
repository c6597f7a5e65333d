import { formatDate } from '#shared/format';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { Modal } from '#renderer/components/Modal';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { CandidateForm } from './CandidateForm';
import { CandidateEraseDialog } from './CandidateEraseDialog';
import { StagePanel } from './StagePanel';

export function CandidateScreen() {
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const notice = useToast();
  const [dialog, setDialog] = useState<'edit' | 'erase' | null>(null);
  const close = () => setDialog(null);
  const data = useRequest(
    async () => ({
      detail: await call('interviews.getCandidate', { id }),
      interviewers: await call('interviews.listInterviewers', {}),
    }),
    id,
  );
  if (data.error) return <ErrorMessage error={data.error} />;
  if (!data.data) return null;
  const { detail, interviewers } = data.data;
  const c = detail.candidate;
  return (
    <>
      <PageHeader
        title={c.name}
        subtitle={
          <>
            <Link href={`/interviews/roles/${c.roleId}`}>{c.roleTitle}</Link> · {c.stage}
            {c.source ? ` · via ${c.source}` : ''} · kept until {formatDate(c.retainUntil, { weekday: false })}
            {c.erasureDue ? <span className="badge iv-badge--alert">Due for erasure</span> : null}
          </>
        }
        actions={
          <button type="button" className="button" onClick={() => setDialog('edit')}>
            Edit details…
          </button>
        }
        more={[{ id: 'erase', label: 'Erase candidate…', tone: 'danger', onAction: () => setDialog('erase') }]}
      />
      <Modal title={`Edit ${c.name}`} open={dialog === 'edit'} onClose={close}>
        <CandidateForm
          initial={{ name: c.name, stage: c.stage, source: c.source }}
          submitLabel="Save details"
          onCancel={close}
          onSubmit={async (fields) => {
            await call('interviews.updateCandidate', { id: c.id, fields });
            close();
            notice('Candidate saved.');
          }}
        />
      </Modal>
      {detail.kits.length === 0 ? <p className="muted">This role has no interview kits yet.</p> : null}
      {detail.kits.map((kit) => (
        <StagePanel key={kit.id} detail={detail} kit={kit} interviewers={interviewers} />
      ))}
      <CandidateEraseDialog
        candidate={c}
        open={dialog === 'erase'}
        onClose={close}
        onErased={() => {
          notice(`${c.name} was erased.`);
          navigate(`/interviews/roles/${c.roleId}`);
        }}
      />
    </>
  );
}
