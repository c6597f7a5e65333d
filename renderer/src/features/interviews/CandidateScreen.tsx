import { formatDate } from '#shared/format';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { CandidateDialogs, type CandidateDialog } from './CandidateDialogs';
import { StagePanel } from './StagePanel';

export function CandidateScreen() {
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const [dialog, setDialog] = useState<CandidateDialog | null>(null);
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
            {c.source ? ` · via ${c.source}` : ''} ·{' '}
            <span className="nowrap">kept until {formatDate(c.retainUntil, { weekday: false })}</span>
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
      {detail.kits.length === 0 ? <p className="muted">This role has no interview kits yet.</p> : null}
      {detail.kits.map((kit) => (
        <StagePanel key={kit.id} detail={detail} kit={kit} interviewers={interviewers} />
      ))}
      <CandidateDialogs
        candidate={c}
        open={dialog}
        onClose={close}
        onErased={() => navigate(`/interviews/roles/${c.roleId}`)}
      />
    </>
  );
}
