import { TextField, TextAreaField } from '#renderer/components/InputFields';
import type { FormEvent } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useCheckedForm } from '#renderer/components/useCheckedForm';
import { assessmentFieldsSchema, type Assessment, type AssessmentFields } from '#shared/ladders/assessment';
import { assessmentProblems, type RatingRules } from '#shared/ladders/rules';
import { stepName, type Rating } from '#shared/ladders/scale';
import { formatDate } from '#shared/format';
import type { LevelExpectation } from '#shared/ladders/view';
import { HISTORY_PAGE_MAX } from '#shared/oneOnOnes/history';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { EvidenceMeetingField, KEPT_LABEL, meetingOptions } from './EvidenceMeetingField';
import { applyServerError } from '#renderer/api/serverErrors';
import { LoggedEvidenceOffer } from '../evidence/LoggedEvidenceOffer';
import { useMyZone } from '../oneOnOnes/time/useMyZone';
import { localDate } from '#shared/calendar';
import { ExpectationText } from './ExpectationText';
import { usePreviousAssessment } from './usePreviousAssessment';
import { ScaleLegend } from './ScaleLegend';
import { FormDatePicker } from '#renderer/components/pickers/FormDateFields';
import { FormError } from '#renderer/components/FormError';
import { FormActions } from '#renderer/components/FormActions';

interface FormValues {
  assessedOn: string;
  summary: string;
  ratings: { rating: Rating | ''; note: string }[];
  /** `meeting` is a meeting id, '' for none, or KEPT_LABEL to keep `keptLabel` unlinked. */
  evidence: { text: string; competencyIds: string[]; seenOn: string; meeting: string; keptLabel: string }[];
}

interface AssessmentFormProps {
  personId: string;
  /** The competencies the level rates, each with what the level expects of it. */
  competencies: LevelExpectation[];
  ladderId: string;
  levelId: string;
  /** The ladder version and level rated against: the steps each rating offers, and the rules the store checks. */
  rules: RatingRules;
  existing?: Assessment | undefined;
  onSubmit: (fields: AssessmentFields) => Promise<void>;
  onCancel: () => void;
}

/** What this competency was rated last time, and against which level: a rating read beside its history. */
function PreviousRating({ previous, competencyId }: { previous: Assessment | null; competencyId: string }) {
  const rating = previous?.ratings.find((r) => r.competencyId === competencyId);
  if (!previous || !rating) return null;
  const level = previous.ladder.levels.find((l) => l.id === previous.levelId)?.name;
  return (
    <p className="rating__previous">
      Last time, on {formatDate(previous.assessedOn, { weekday: false })}
      {level ? ` against ${level}` : ''}: <strong>{stepName(previous.ladder.scale, rating.rating)}</strong>
    </p>
  );
}

/** Where a rule's problem stands in this form: the date, an evidence's competencies, or the form itself. */
function formFieldOf(field: string): 'assessedOn' | 'root' | `evidence.${number}.competencyIds` {
  if (field === 'assessedOn') return field;
  const evidence = /^evidence\.(\d+)\.competencyIds/.exec(field);
  return evidence ? `evidence.${Number(evidence[1])}.competencyIds` : 'root';
}

/** Ratings for every competency of one level, with evidence that can back several of them. */
export function AssessmentForm({
  personId,
  competencies: rated,
  ladderId,
  levelId,
  rules,
  existing,
  onSubmit,
  onCancel,
}: AssessmentFormProps) {
  const competencies = rated.map((c) => ({ id: c.competencyId, name: c.name, text: c.text }));
  const myZone = useMyZone();
  const { register, handleSubmit, control, setValue, setError, clearErrors, formState } = useCheckedForm<FormValues>({
    defaultValues: {
      assessedOn: existing?.assessedOn ?? '',
      summary: existing?.summary ?? '',
      ratings: competencies.map((c) => {
        const r = existing?.ratings.find((x) => x.competencyId === c.id);
        return { rating: r?.rating ?? '', note: r?.note ?? '' };
      }),
      evidence: (existing?.evidence ?? []).map(({ text, competencyIds, seenOn, meetingLabel, meetingId }) => ({
        text,
        competencyIds,
        seenOn: seenOn ?? '',
        meeting: meetingId ?? (meetingLabel ? KEPT_LABEL : ''),
        keptLabel: meetingId ? '' : meetingLabel,
      })),
    },
  });
  const evidence = useFieldArray({ control, name: 'evidence' });
  const evidenceValues = useWatch({ control, name: 'evidence' });
  const errors = formState.errors;
  // The newest page of 1:1s (about four years of weekly ones) is what evidence is picked from.
  const history = useRequest(() => call('oneOnOnes.history', { personId, limit: HISTORY_PAGE_MAX }), personId);
  const linkedLabels = new Map(
    (existing?.evidence ?? []).flatMap((e) => (e.meetingId ? [[e.meetingId, e.meetingLabel] as const] : [])),
  );
  const options = meetingOptions(history.data?.meetings ?? [], new Set(linkedLabels.keys()), linkedLabels);
  const logged = useRequest(
    () => call('evidence.sinceLastAssessment', { personId, assessmentId: existing?.id ?? null }),
    `${personId}#${existing?.id ?? ''}`,
  );
  const attachedTexts = new Set(evidenceValues.map((e) => e.text));
  const previous = usePreviousAssessment(personId, existing);

  const validateAndSave = handleSubmit(async (values) => {
    const candidate = {
      ladderId,
      levelId,
      assessedOn: values.assessedOn || null,
      summary: values.summary,
      ratings: values.ratings.flatMap((r, i) =>
        r.rating ? [{ competencyId: competencies[i]!.id, rating: r.rating, note: r.note }] : [],
      ),
      evidence: values.evidence.map(({ meeting, keptLabel, ...e }) => ({
        ...e,
        seenOn: e.seenOn || null,
        // The store names a linked meeting by its date; only an unlinked label is sent as is.
        meetingId: meeting && meeting !== KEPT_LABEL ? meeting : null,
        meetingLabel: meeting === KEPT_LABEL ? keptLabel : '',
      })),
    };
    const parsed = assessmentFieldsSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [head, index, key] = issue.path;
        if (
          head === 'evidence' &&
          typeof index === 'number' &&
          (key === 'text' ||
            key === 'competencyIds' ||
            key === 'seenOn' ||
            key === 'meetingId' ||
            key === 'meetingLabel')
        ) {
          setError(`evidence.${index}.${key === 'meetingId' || key === 'meetingLabel' ? 'meeting' : key}`, {
            message: issue.message,
          });
        } else if (head === 'assessedOn' || head === 'summary') setError(head, { message: issue.message });
        else setError('root', { message: issue.message });
      }
      return;
    }
    // The store's own rules, asked first so their words show here before anything is sent;
    // its day is the manager's own (electron/domains/clock.ts).
    const problems = assessmentProblems(rules, parsed.data, localDate(new Date(), myZone));
    if (problems.length) {
      for (const { field, message } of problems) setError(formFieldOf(field), { message });
      return;
    }
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      applyServerError(error, setError, (field) => {
        if (field === 'assessedOn') return 'assessedOn';
        const meeting = /^evidence\.(\d+)\.meetingId$/.exec(field);
        return meeting ? `evidence.${Number(meeting[1])}.meeting` : null;
      });
    }
  });
  // Errors set from the schema check are not tied to a registered input, so react-hook-form
  // would keep them (and refuse to submit) until cleared: each attempt starts clean.
  const submit = (e: FormEvent<HTMLFormElement>) => {
    clearErrors();
    return validateAndSave(e);
  };

  return (
    <form className="assessment-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Assessment">
      <FormError message={errors.root?.message} />
      <div className="panel assessment-basics">
        <FormDatePicker
          control={control}
          name="assessedOn"
          label="Assessed on"
          error={errors.assessedOn?.message}
          hint="Leave empty for today."
        />
        <TextAreaField
          label="Summary"
          error={errors.summary?.message}
          hint="Your overall view, in a few sentences."
          rows={3}
          {...register('summary')}
        />
      </div>
      <section className="panel" aria-labelledby="ratings-heading">
        <h2 id="ratings-heading">Ratings</h2>
        <ScaleLegend scale={rules.scale} />
        {competencies.length === 0 ? <p className="muted">This level has no expectations to rate against.</p> : null}
        {competencies.map((c, i) => (
          <fieldset key={c.id} className="rating">
            <legend>{c.name}</legend>
            <ExpectationText text={c.text} className="rating__expectation" />
            <PreviousRating previous={previous.data ?? null} competencyId={c.id} />
            <div className="rating__choices" role="radiogroup" aria-label={`Rating for ${c.name}`}>
              {rules.scale.steps.map((step) => (
                <label key={step.id} className="choice">
                  <input type="radio" value={step.id} {...register(`ratings.${i}.rating`)} /> {step.name}
                </label>
              ))}
            </div>
            <TextField label={`Note on ${c.name}`} {...register(`ratings.${i}.note`)} />
            <LoggedEvidenceOffer
              competencyId={c.id}
              competencyName={c.name}
              entries={logged.data ?? []}
              ratedIds={competencies.map((x) => x.id)}
              attachedTexts={attachedTexts}
              onAttach={({ meetingId, seenOn, ...rest }) =>
                evidence.append({ ...rest, seenOn, meeting: meetingId ?? '', keptLabel: '' })
              }
            />
          </fieldset>
        ))}
      </section>
      <section className="panel" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Evidence</h2>
        <p className="muted">What you saw, and where. One piece of evidence can back several competencies.</p>
        {evidence.fields.map((field, i) => {
          const chosen = evidenceValues[i]?.competencyIds ?? [];
          const linkError = errors.evidence?.[i]?.competencyIds?.message;
          return (
            <div key={field.id} className="evidence-item">
              <TextAreaField
                label={`Evidence ${i + 1}`}
                required
                error={errors.evidence?.[i]?.text?.message}
                rows={2}
                {...register(`evidence.${i}.text`)}
              />
              <fieldset className="evidence-item__links">
                <legend>Backs these competencies</legend>
                {competencies.map((c) => (
                  <label key={c.id} className="choice">
                    <input
                      type="checkbox"
                      checked={chosen.includes(c.id)}
                      onChange={(e) =>
                        setValue(
                          `evidence.${i}.competencyIds`,
                          e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id),
                        )
                      }
                    />{' '}
                    {c.name}
                  </label>
                ))}
                {linkError ? (
                  <p className="field__error" role="alert">
                    {linkError}
                  </p>
                ) : null}
              </fieldset>
              <div className="form-grid">
                <FormDatePicker
                  control={control}
                  name={`evidence.${i}.seenOn`}
                  label="Seen on"
                  error={errors.evidence?.[i]?.seenOn?.message}
                />
                <EvidenceMeetingField
                  options={options}
                  value={evidenceValues[i]?.meeting ?? ''}
                  keptLabel={evidenceValues[i]?.keptLabel ?? ''}
                  error={errors.evidence?.[i]?.meeting?.message}
                  newestOnly={history.data?.next ? history.data.meetings.length : undefined}
                  onChange={(value) => setValue(`evidence.${i}.meeting`, value)}
                />
              </div>
              <button
                type="button"
                className="button button--quiet evidence-item__remove"
                onClick={() => evidence.remove(i)}
              >
                Remove evidence {i + 1}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button"
          onClick={() => evidence.append({ text: '', competencyIds: [], seenOn: '', meeting: '', keptLabel: '' })}
        >
          Add evidence
        </button>
      </section>
      <FormActions submitLabel="Save assessment" busy={formState.isSubmitting} onCancel={onCancel} />
    </form>
  );
}
