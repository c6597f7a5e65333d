import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'wouter';
import type { Rating, Recommendation, Scorecard } from '#shared/interviews/model';
import { completenessProblems } from '#shared/interviews/scorecardRules';
import { call, RequestError } from '#renderer/api/client';
import { refusalAt } from '#renderer/api/useRefusal';
import { useRequest } from '#renderer/api/useRequest';
import { downloadText } from '#renderer/components/download';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { TextAreaField } from '#renderer/components/InputFields';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { KitGuide } from './KitGuide';
import { focusField, ItemRating, RecommendationField } from './RatingFields';
import { errorText } from '#renderer/api/serverErrors';

/** What a scorecard form can show a refusal beside; anything else (e.g. its status) is said above the form. */
const SCORECARD_FIELDS = ['ratings', 'recommendation', 'reason'];

function ScorecardForm({ card }: { card: Scorecard }) {
  const notice = useToast();
  const [ratings, setRatings] = useState<Rating[]>(card.ratings);
  const [recommendation, setRecommendation] = useState<Recommendation | null>(card.recommendation);
  const [amending, setAmending] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [generalError, setGeneralError] = useState<string>();
  const locked = card.status === 'submitted' && !amending;
  const allRated = ratings.every((r) => r.score !== null);

  // Focus goes to the first problem's own control, found by its field path (data-field), not by
  // aria-invalid: the error lines hold still while a pointer is down (useSettledError), so right
  // after a click no control may be marked invalid yet, and a radio group's wrapper is no control.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const first = Object.keys(errors)[0];
    if (first) focusField(form.current, first);
  }, [errors]);

  // Opening an amendment puts focus on the first score, where the change starts; cancelling
  // it gives focus back to "Amend…". Both buttons are replaced, so focus would fall to the page.
  const amendButton = useRef<HTMLButtonElement>(null);
  const wasAmending = useRef(false);
  useEffect(() => {
    const first = (selector: string) => form.current?.querySelector<HTMLElement>(selector);
    if (amending) (first('input:checked') ?? first('input, textarea'))?.focus();
    else if (wasAmending.current) amendButton.current?.focus();
    wasAmending.current = amending;
  }, [amending]);

  /** `redrawn`: a submit or an amendment locks the card, and its form is drawn afresh. */
  const run = async (request: () => Promise<Scorecard>, done: string, redrawn: boolean) => {
    setErrors({});
    setGeneralError(undefined);
    try {
      await request();
      notice(done);
      // The saved card is drawn afresh (its form remounts): the page title keeps focus meanwhile.
      if (redrawn) document.querySelector<HTMLElement>('.page-header h1')?.focus();
      wasAmending.current = false;
      setAmending(false);
      setReason('');
    } catch (e) {
      const refusal = refusalAt(e, SCORECARD_FIELDS);
      if (refusal.path) setErrors({ [refusal.path]: refusal.message });
      else setGeneralError(refusal.message);
    }
  };
  /** The store's completeness rule, checked here first so that every missing score and evidence shows at once. */
  const incomplete = (rec: Recommendation | null) => {
    const problems = completenessProblems(card.kit, ratings, rec);
    setGeneralError(undefined);
    setErrors(Object.fromEntries(problems.map((p) => [p.field, p.message])));
    return problems.length > 0;
  };
  const save = async (submit: boolean) => {
    const rec = allRated ? recommendation : null;
    if (submit && incomplete(rec)) return;
    await run(
      () => call('interviews.saveScorecard', { id: card.id, ratings, recommendation: rec, submit }),
      submit ? 'Scorecard submitted and locked.' : 'Draft saved.',
      submit,
    );
  };
  const amend = async () => {
    if (incomplete(recommendation)) return;
    await run(
      () => call('interviews.amendScorecard', { id: card.id, ratings, recommendation: recommendation!, reason }),
      'Amendment recorded.',
      true,
    );
  };
  const exportFile = async () => {
    try {
      const file = await call('interviews.exportScorecard', { id: card.id });
      downloadText(file.fileName, file.text, 'application/json');
      notice(`Saved ${file.fileName}: send it to the hiring manager.`);
    } catch (e) {
      notice(errorText(e), 'error');
    }
  };

  return (
    <form
      ref={form}
      className="panel iv-scorecard"
      noValidate
      aria-label="Scorecard"
      onSubmit={(e) => {
        e.preventDefault();
        void (amending ? amend() : save(true));
      }}
    >
      {generalError ? (
        <p className="error-message" role="alert">
          {generalError}
        </p>
      ) : null}
      {card.kit.items.map((item, i) => (
        <ItemRating
          key={item.key}
          item={item}
          index={i}
          rating={ratings[i]!}
          locked={locked}
          errors={errors}
          onChange={(r) => setRatings((rs) => rs.map((x, j) => (j === i ? r : x)))}
        />
      ))}
      <RecommendationField
        value={recommendation}
        allRated={allRated}
        locked={locked}
        error={errors.recommendation}
        onChange={setRecommendation}
      />
      {amending ? (
        <TextAreaField
          label="Reason for the change"
          required
          error={errors.reason ?? errors.ratings}
          hint="Kept with the time, next to the scorecard."
          data-field="reason"
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      ) : null}
      {/* Keys keep React from reusing "Amend…" as "Save amendment": the click that opens the
          amendment would otherwise land on a submit button and show its errors at once. */}
      <div className="form-actions">
        {card.status === 'draft' ? (
          <>
            <button key="submit" type="submit" className="button button--primary">
              Submit scorecard
            </button>
            <button key="draft" type="button" className="button" onClick={() => void save(false)}>
              Save draft
            </button>
          </>
        ) : amending ? (
          <>
            <button key="save-amendment" type="submit" className="button button--primary">
              Save amendment
            </button>
            <button key="cancel-amendment" type="button" className="button" onClick={() => setAmending(false)}>
              Cancel
            </button>
          </>
        ) : (
          <>
            <button key="amend" ref={amendButton} type="button" className="button" onClick={() => setAmending(true)}>
              Amend…
            </button>
            <button key="export" type="button" className="button" onClick={() => void exportFile()}>
              Export scorecard file
            </button>
          </>
        )}
      </div>
    </form>
  );
}

export function ScorecardScreen() {
  const { id } = useParams<{ id: string }>();
  const card = useRequest(() => call('interviews.getScorecard', { id }), id);
  if (card.error) {
    return (
      <>
        <PageHeader
          title={
            card.error instanceof RequestError && card.error.code === 'forbidden'
              ? 'Scorecard closed'
              : 'Scorecard not found'
          }
        />
        <ErrorMessage error={card.error} />
      </>
    );
  }
  const c = card.data;
  if (!c) return null;
  return (
    <>
      <PageHeader
        title={`Scorecard: ${c.candidateLabel}`}
        subtitle={
          <>
            {c.kit.stage} · {c.interviewerName} ·{' '}
            {c.status === 'submitted' ? (
              <span className="badge iv-badge--ok">Submitted, locked</span>
            ) : (
              <span className="badge">Draft</span>
            )}
          </>
        }
        actions={
          <Link href={`/interviews/candidates/${c.candidateId}`} className="button">
            Back to candidate
          </Link>
        }
      />
      {c.kit.kind === 'work_sample' ? (
        <p className="iv-note">Graded blind: the candidate's name is hidden while you grade this work sample.</p>
      ) : null}
      <div className="iv-scorecard-layout">
        <ScorecardForm key={`${c.id}:${c.status}:${c.amendments.length}`} card={c} />
        <KitGuide kit={c.kit} amendments={c.amendments} />
      </div>
    </>
  );
}
