import { formatDate } from '#shared/format';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { meetingHref, meetingSource } from '#shared/ladders/evidenceMeeting';
import { barOf } from '#shared/ladders/scale';
import { assessmentTitle } from '#shared/ladders/title';
import { readiness, type ReadinessItem } from '#shared/ladders/readiness';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { downloadText } from '#renderer/components/download';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { ConfirmDialog } from './ConfirmDialog';
import { ExpectationText } from './ExpectationText';

/** One dated snapshot: where the person stands, rating by rating, with the evidence. */
export function AssessmentScreen() {
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const notice = useToast();
  const assessment = useRequest(() => call('assessments.get', { id }), id);
  const [confirming, setConfirming] = useState(false);
  const personId = assessment.data?.personId;
  const person = useRequest(
    () => (personId ? call('people.get', { id: personId }) : Promise.resolve(undefined)),
    personId ?? '',
  );
  if (assessment.error) return <ErrorMessage error={assessment.error} />;
  const a = assessment.data;
  const p = person.data;
  if (!a || !p) return null;
  const r = readiness(a);
  const expected = new Map(a.ladder.expected.map((e) => [e.competencyId, e.text]));
  const names = new Map(a.ladder.competencies.map((c) => [c.id, c.name]));

  const columns: Column<ReadinessItem>[] = [
    { id: 'competency', header: 'Competency', rowHeader: true, cell: (item) => item.name },
    {
      id: 'rating',
      header: 'Rating',
      cell: (item) => {
        const note = a.ratings.find((x) => x.competencyId === item.competencyId)?.note;
        return (
          <>
            <span className={`rating-badge rating-badge--${item.rating ? barOf(r.scale, item.rating) : 'none'}`}>
              {item.ratingName ?? 'Not rated'}
            </span>
            {note ? <p className="muted">{note}</p> : null}
          </>
        );
      },
    },
    {
      id: 'expected',
      header: `Expected at ${r.levelName}`,
      className: 'assessment-table__text',
      cell: (item) => <ExpectationText text={expected.get(item.competencyId) ?? ''} />,
    },
    { id: 'evidence', header: 'Evidence', cell: (item) => item.evidence },
  ];

  const exportCase = async () => {
    const out = await call('assessments.promotionCase', { id });
    downloadText(`${out.fileBaseName}.md`, out.markdown, 'text/markdown');
    notice('Promotion case saved as Markdown.');
  };
  const remove = async () => {
    await call('assessments.delete', { id });
    notice('Assessment deleted.');
    navigate(`/people/${p.id}`);
  };

  return (
    <>
      <PageHeader
        title={assessmentTitle(p.name, r.levelName, a.assessedOn, { year: 'auto' })}
        subtitle={
          <>
            Rated against {r.levelName} on <Link href={`/ladders/${a.ladderId}/for/${p.id}`}>{a.ladderName}</Link>{' '}
            (version {a.versionNumber}) · <Link href={`/people/${p.id}`}>Back to {p.name}</Link>
          </>
        }
        primary={
          <Link href={`/assessments/${a.id}/edit`} className="button button--primary">
            Edit
          </Link>
        }
        more={[
          { id: 'export', label: 'Export promotion case', onAction: () => void exportCase() },
          { id: 'delete', label: 'Delete assessment…', tone: 'danger', onAction: () => setConfirming(true) },
        ]}
      />
      <section className="panel readiness" aria-labelledby="readiness-heading">
        <h2 id="readiness-heading">{r.nextLevelName ? `Towards ${r.nextLevelName}` : 'Where they stand'}</h2>
        <p>{r.summary}</p>
        <div className="readiness__bar" aria-hidden="true">
          {r.counts.map(({ step, count }) =>
            count ? (
              <span
                key={step.id}
                className={`readiness__segment readiness__segment--${barOf(r.scale, step.id)}`}
                style={{ flexGrow: count }}
              />
            ) : null,
          )}
          {r.unratedCount ? (
            <span className="readiness__segment readiness__segment--unrated" style={{ flexGrow: r.unratedCount }} />
          ) : null}
        </div>
        {/* The bar's key; the sentence above already says the same to a screen reader. */}
        <ul className="readiness__legend" aria-hidden="true">
          {r.counts.map(({ step, count }) =>
            count ? (
              <li key={step.id}>
                <span className={`readiness__swatch readiness__segment--${barOf(r.scale, step.id)}`} />
                {step.name} {count}
              </li>
            ) : null,
          )}
          {r.unratedCount ? (
            <li>
              <span className="readiness__swatch readiness__segment--unrated" />
              Not rated {r.unratedCount}
            </li>
          ) : null}
        </ul>
        {a.summary ? (
          <p className="readiness__note">
            <strong>Your summary:</strong> {a.summary}
          </p>
        ) : null}
        {r.strengths.length ? (
          <p>
            <strong>Showing the next level:</strong> {r.strengths.map((s) => s.name).join(', ')}
          </p>
        ) : null}
        {r.gaps.length ? (
          <p>
            <strong>Still growing into this level:</strong> {r.gaps.map((s) => s.name).join(', ')}
          </p>
        ) : null}
      </section>
      <DataTable
        rows={r.items}
        rowKey={(item) => item.competencyId}
        columns={columns}
        caption="Ratings"
        className="table--short-heads assessment-table"
      />
      <ConfirmDialog
        open={confirming}
        title={`Delete the assessment of ${formatDate(a.assessedOn)}?`}
        body="Its ratings and evidence go with it. Other assessments are kept."
        confirmLabel="Delete assessment"
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void remove();
        }}
      />
      <section className="panel" aria-labelledby="evidence-list-heading">
        <h2 id="evidence-list-heading">Evidence</h2>
        {a.evidence.length === 0 ? <p className="muted">No evidence recorded.</p> : null}
        <ul className="evidence-list">
          {a.evidence.map((e) => (
            <li key={e.id}>
              <p>{e.text}</p>
              <p className="muted">
                Backs {e.competencyIds.map((c) => names.get(c) ?? c).join(', ')}
                {e.seenOn ? ` · seen ${formatDate(e.seenOn)}` : ''}
                {e.meetingLabel ? ' · ' : ''}
                {e.meetingLabel && e.meetingId ? (
                  <Link href={meetingHref(e.meetingId)}>{meetingSource(e.meetingLabel)}</Link>
                ) : null}
                {e.meetingLabel && !e.meetingId ? meetingSource(e.meetingLabel) : null}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
