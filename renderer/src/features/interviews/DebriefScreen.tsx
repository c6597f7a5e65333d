import { useEffect, useRef, useState } from 'react';
import { TextAreaField, SelectField } from '#renderer/components/InputFields';
import { formatDateTime, plural } from '#shared/format';
import { useSavingForm } from '#renderer/components/useSavingForm';
import type { z } from 'zod';
import { Link, useParams } from 'wouter';
import type { Debrief } from '#shared/interviews/contract';
import {
  OUTCOME_LABELS,
  OUTCOMES,
  RECOMMENDATION_LABELS,
  RECOMMENDATIONS,
  SCORE_LEVELS,
  decisionFieldsSchema,
} from '#shared/interviews/model';
import { decisionProblems } from '#shared/interviews/decisionRules';
import { call, RequestError } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { downloadText } from '#renderer/components/download';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { errorText } from '#renderer/api/serverErrors';
import { FormError } from '#renderer/components/FormError';
import { LabelledOptions } from '#renderer/components/LabelledOptions';

type MatrixRow = Debrief['summary']['rows'][number];

/** A score is read against the top of the anchored scale: "3 of 4". */
const SCORE_MAX = SCORE_LEVELS.at(-1)!;

/** Competencies down, interviewers across; a row two or more points apart is flagged to discuss first. */
function Matrix({ d }: { d: Debrief }) {
  const { summary } = d;
  const columns: Column<MatrixRow>[] = [
    {
      id: 'competency',
      header: 'Competency',
      rowHeader: true,
      cell: (row) => (
        <>
          {row.name}
          {row.disagreement ? <span className="badge iv-badge--alert">Discuss first</span> : null}
        </>
      ),
    },
    ...summary.interviewers.map((i, n): Column<MatrixRow> => ({
      id: i.id,
      header: i.name,
      cell: (row) => {
        const c = row.cells[n]!;
        return (
          <>
            {c.score === null ? (
              <span className="iv-score">–</span>
            ) : (
              <span className="iv-score">
                {c.score}
                <span className="iv-score__of"> of {SCORE_MAX}</span>
              </span>
            )}
            {c.missingEvidence ? <span className="badge iv-badge--alert">No evidence</span> : null}
            {c.evidence ? <p className="iv-evidence">{c.evidence}</p> : null}
          </>
        );
      },
    })),
    {
      id: 'spread',
      header: 'Spread',
      className: 'nowrap',
      cell: (row) => (row.spread === null ? '–' : plural(row.spread, 'point')),
    },
  ];
  return (
    <DataTable
      rows={summary.rows}
      rowKey={(row) => row.itemKey}
      columns={columns}
      caption="Scores by competency and interviewer"
      className="iv-matrix"
      rowClassName={(row) => (row.disagreement ? 'iv-matrix__flagged' : undefined)}
    />
  );
}

const decisionSchema = decisionFieldsSchema.pick({ outcome: true, rationale: true });
type DecisionFields = z.infer<typeof decisionSchema>;

function DecisionForm({ d, onDone }: { d: Debrief; onDone: (() => void) | undefined }) {
  const notice = useToast();
  const { kitId } = useParams<{ kitId: string }>();
  const {
    register,
    submit: save,
    errors,
    isSubmitting,
  } = useSavingForm<DecisionFields>({
    schema: decisionSchema,
    defaultValues: { outcome: d.decision?.outcome ?? 'advance', rationale: d.decision?.rationale ?? '' },
    save: async (fields) => {
      await call('interviews.decide', { candidateId: d.candidateId, kitId, ...fields });
      notice('Decision recorded.');
      onDone?.();
    },
  });
  return (
    <form className="panel" noValidate aria-labelledby="decision-heading" onSubmit={save}>
      <h2 id="decision-heading">{d.decision ? 'Change the decision' : 'Decision'}</h2>
      <FormError message={errors.root?.message} />
      <div className="form-grid">
        <SelectField label="Outcome" required error={errors.outcome?.message} {...register('outcome')}>
          <LabelledOptions values={OUTCOMES} labels={OUTCOME_LABELS} />
        </SelectField>
        <TextAreaField
          label="Rationale"
          required
          error={errors.rationale?.message}
          hint="Why, in the panel's evidence, not its volume."
          rows={3}
          {...register('rationale')}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          Record decision
        </button>
        {onDone ? (
          <button type="button" className="button" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The decision reads first once recorded; changing it is on purpose, in the same place. */
function Decision({ d }: { d: Debrief }) {
  const [changing, setChanging] = useState(false);
  const showForm = !d.decision || changing;
  const change = useRef<HTMLButtonElement>(null);
  const formWasShown = useRef(showForm);
  useEffect(() => {
    // Back from the form (recorded or cancelled), its buttons are gone: focus goes to "Change decision…".
    if (formWasShown.current && !showForm) change.current?.focus();
    formWasShown.current = showForm;
  }, [showForm]);
  const decided = d.decision;
  if (showForm || !decided) {
    return <DecisionForm d={d} onDone={d.decision ? () => setChanging(false) : undefined} />;
  }
  return (
    <section className="panel" aria-labelledby="decision-heading">
      <div className="panel__header">
        <h2 id="decision-heading">Decision</h2>
        <button ref={change} type="button" className="button button--quiet" onClick={() => setChanging(true)}>
          Change decision…
        </button>
      </div>
      <p>
        <strong>{OUTCOME_LABELS[decided.outcome]}</strong>, recorded {formatDateTime(decided.decidedAt)}.
      </p>
      <p>{decided.rationale}</p>
    </section>
  );
}

export function DebriefScreen() {
  const { id, kitId } = useParams<{ id: string; kitId: string }>();
  const notice = useToast();
  const debrief = useRequest(() => call('interviews.debrief', { candidateId: id, kitId }), `${id}/${kitId}`);
  const back = (
    <Link href={`/interviews/candidates/${id}`} className="button">
      Back to candidate
    </Link>
  );
  if (debrief.error) {
    const closed = debrief.error instanceof RequestError && debrief.error.code === 'forbidden';
    return (
      <>
        <PageHeader title={closed ? 'Debrief closed' : 'Debrief not found'} actions={back} />
        <section className="panel iv-warning">
          <ErrorMessage error={debrief.error} />
        </section>
      </>
    );
  }
  const d = debrief.data;
  if (!d) return null;
  const exportMarkdown = async () => {
    try {
      const file = await call('interviews.exportDebrief', { candidateId: id, kitId });
      downloadText(file.fileName, file.markdown, 'text/markdown');
      notice(`Saved ${file.fileName}.`);
    } catch (e) {
      notice(errorText(e), 'error');
    }
  };
  const { summary } = d;
  // The same rule the store checks before it records a decision.
  const notYet = decisionProblems(summary.interviewers.length)[0];
  return (
    <>
      <PageHeader
        title={`Debrief: ${d.candidateLabel}`}
        subtitle={`${d.roleTitle} · ${d.stage}`}
        actions={
          <>
            <button type="button" className="button" onClick={() => void exportMarkdown()}>
              Export Markdown
            </button>
            {back}
          </>
        }
      />
      {d.pending.length ? <p className="iv-note">Not submitted yet: {d.pending.join(', ')}.</p> : null}
      {notYet ? (
        <p className="muted">{notYet.message}</p>
      ) : (
        <>
          {summary.disagreements.length || summary.missingEvidence.length ? (
            <section className="panel" aria-labelledby="discuss-heading">
              <h2 id="discuss-heading">Discuss first</h2>
              {summary.disagreements.length ? (
                <ul aria-label="Disagreements">
                  {summary.disagreements.map((name) => (
                    <li key={name}>{name}: scores two or more points apart</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No competency has scores two or more points apart.</p>
              )}
              {summary.missingEvidence.length ? (
                <>
                  <h3>Missing evidence</h3>
                  <ul aria-label="Missing evidence">
                    {summary.missingEvidence.map((m) => (
                      <li key={`${m.itemName}/${m.interviewerName}`}>
                        {m.itemName}: {m.interviewerName}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </section>
          ) : (
            // Nothing to raise takes a line, not a panel: the scores below come first.
            <p className="muted debrief__calm">
              Nothing stands out to discuss first: no competency has scores two or more points apart, and every score
              has its evidence.
            </p>
          )}
          <Matrix d={d} />
          <section className="panel" aria-labelledby="tally-heading">
            <h2 id="tally-heading">Recommendations</h2>
            <ul className="iv-tally" aria-label="Recommendation tally">
              {RECOMMENDATIONS.map((r) => (
                <li key={r}>
                  {RECOMMENDATION_LABELS[r]}: <strong>{summary.tally[r]}</strong>
                </li>
              ))}
            </ul>
          </section>
          <Decision d={d} />
        </>
      )}
    </>
  );
}
