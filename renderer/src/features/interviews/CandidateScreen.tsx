import { formatDate } from '#shared/format';
import { useId, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { OUTCOME_LABELS, type CandidateDetail, type Interviewer, type KitSummary } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { FileDrop } from '#renderer/components/FileDrop';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { CandidateEdit } from './CandidateEdit';
import { CandidateEraseDialog } from './CandidateEraseDialog';
import { errorText } from '#renderer/api/serverErrors';

const SOURCE_LABEL = { own: 'yours', entered: 'entered by you', imported: 'imported from file' } as const;

function StagePanel({
  detail,
  kit,
  interviewers,
}: {
  detail: CandidateDetail;
  kit: KitSummary;
  interviewers: Interviewer[];
}) {
  const notice = useToast();
  const headingId = useId();
  const selectId = useId();
  const [adding, setAdding] = useState('');
  const [importError, setImportError] = useState<string>();
  const panel = detail.panel.filter((p) => p.kitId === kit.id);
  const decision = detail.decisions.find((d) => d.kitId === kit.id);
  const candidateId = detail.candidate.id;

  const add = async () => {
    try {
      await call('interviews.addToPanel', { candidateId, kitId: kit.id, interviewerId: adding });
      setAdding('');
    } catch (e) {
      notice(errorText(e), 'error');
    }
  };
  const importFile = async (file: File) => {
    setImportError(undefined);
    try {
      const card = await call('interviews.importScorecard', { candidateId, kitId: kit.id, text: await file.text() });
      notice(`Imported ${card.interviewerName}'s scorecard.`);
    } catch (e) {
      setImportError(errorText(e));
    }
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {kit.stage}{' '}
        <span className="muted">· {kit.kind === 'work_sample' ? 'work sample, graded blind' : 'interview'}</span>
      </h2>
      {panel.length ? (
        <table className="table">
          <caption className="visually-hidden">Panel for {kit.stage}</caption>
          <thead>
            <tr>
              <th scope="col">Interviewer</th>
              <th scope="col">Scorecard</th>
              <th scope="col">Kit version</th>
            </tr>
          </thead>
          <tbody>
            {panel.map((p) => (
              <tr key={p.scorecardId}>
                <td>
                  <Link
                    href={`/interviews/scorecards/${p.scorecardId}`}
                    aria-label={`Scorecard of ${p.interviewerName} for ${kit.stage}`}
                  >
                    {p.interviewerName}
                  </Link>
                </td>
                <td>
                  <span className={`badge${p.status === 'submitted' ? ' iv-badge--ok' : ''}`}>
                    {p.status === 'submitted' ? 'Submitted' : 'Draft'}
                  </span>{' '}
                  <span className="muted">{SOURCE_LABEL[p.source]}</span>
                </td>
                <td>{p.kitVersion}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No one on this panel yet.</p>
      )}
      {decision ? (
        <p>
          <strong>Decision:</strong> {OUTCOME_LABELS[decision.outcome]} — {decision.rationale}
        </p>
      ) : null}
      <div className="iv-actions">
        <div className="field">
          <label htmlFor={selectId}>Add to the {kit.stage} panel</label>
          <div className="iv-inline">
            <select id={selectId} value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">Choose a panel member</option>
              {interviewers
                .filter((i) => !panel.some((p) => p.interviewerId === i.id))
                .map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name}
                  </option>
                ))}
            </select>
            <button type="button" className="button" disabled={!adding} onClick={() => void add()}>
              Add
            </button>
          </div>
        </div>
        <FileDrop
          label={`Import a scorecard file for ${kit.stage}`}
          accept="application/json,.json"
          formats="a scorecard an interviewer exported from Cairn (.json)"
          onFile={(file) => void importFile(file)}
          error={importError}
        />
        <Link href={`/interviews/candidates/${candidateId}/debrief/${kit.id}`} className="button button--primary">
          Open {kit.stage} debrief
        </Link>
      </div>
    </section>
  );
}

export function CandidateScreen() {
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const notice = useToast();
  const [erasing, setErasing] = useState(false);
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
            {c.roleTitle} · {c.stage}
            {c.source ? ` · via ${c.source}` : ''} · kept until {formatDate(c.retainUntil)}
            {c.erasureDue ? <span className="badge iv-badge--alert">Due for erasure</span> : null}
          </>
        }
        actions={
          <>
            <Link href={`/interviews/roles/${c.roleId}`} className="button">
              Back to {c.roleTitle}
            </Link>
            <button type="button" className="button button--danger-quiet" onClick={() => setErasing(true)}>
              Erase candidate…
            </button>
          </>
        }
      />
      {detail.kits.length === 0 ? <p className="muted">This role has no interview kits yet.</p> : null}
      {detail.kits.map((kit) => (
        <StagePanel key={kit.id} detail={detail} kit={kit} interviewers={interviewers} />
      ))}
      <CandidateEdit key={`${c.name}|${c.stage}|${c.source}`} candidate={c} />
      <CandidateEraseDialog
        candidate={c}
        open={erasing}
        onClose={() => setErasing(false)}
        onErased={() => {
          notice(`${c.name} was erased.`);
          navigate(`/interviews/roles/${c.roleId}`);
        }}
      />
    </>
  );
}
