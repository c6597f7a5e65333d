import { TextField, TextAreaField } from '#renderer/components/InputFields';
import { useMemo } from 'react';
import { useSavingForm } from '#renderer/components/useSavingForm';
import { z } from 'zod';
import { FIT_CHECKS, FIT_LABELS, sessionInputSchema, type FitCheck, type PairDetail } from '#shared/mentoring/model';
import { sessionProblems } from '#shared/mentoring/rules';
import { addProblems } from '#shared/rules/problem';
import { call } from '#renderer/api/client';
import { FormDatePicker } from '#renderer/components/pickers/FormDateFields';
import { FormError } from '#renderer/components/FormError';
import { FormActions } from '#renderer/components/FormActions';

/** The form's shape: progress keyed by focus area, the fit check as a radio value. */
const sessionFormSchema = z.strictObject({
  date: sessionInputSchema.shape.date,
  notes: sessionInputSchema.shape.notes,
  takeaways: sessionInputSchema.shape.takeaways,
  progress: z.record(z.string(), z.string().trim().max(2000, 'Progress must be at most 2000 characters: shorten it.')),
  fit: z.enum([...FIT_CHECKS, '']),
});
type SessionFormValues = z.infer<typeof sessionFormSchema>;

export function SessionForm({
  pair,
  onLogged,
  onCancel,
}: {
  pair: PairDetail;
  onLogged: (pair: PairDetail, fit: FitCheck | null) => void;
  onCancel: () => void;
}) {
  const first = pair.sessions.length === 0;
  // The store's own rules for this pair (dates within its span, fit asked once), checked as you type.
  const schema = useMemo(
    () =>
      sessionFormSchema.superRefine((v, ctx) =>
        addProblems(
          ctx,
          sessionProblems(pair, { date: v.date, fit: first && v.fit ? v.fit : null }, pair.today, first),
        ),
      ),
    [pair, first],
  );
  const { register, control, submit, errors, isSubmitting } = useSavingForm<SessionFormValues>({
    schema,
    defaultValues: { date: pair.today, notes: '', takeaways: '', progress: {}, fit: '' },
    save: async (v, { reset }) => {
      const fit = v.fit === '' ? null : v.fit;
      const saved = await call('mentoring.logSession', {
        pairId: pair.id,
        date: v.date,
        notes: v.notes,
        takeaways: v.takeaways,
        progress: pair.focusAreas
          .map((f) => ({ focusAreaId: f.id, note: v.progress[f.id] ?? '' }))
          .filter((p) => p.note),
        fit: first ? fit : null,
      });
      reset({ date: pair.today, notes: '', takeaways: '', progress: {}, fit: '' });
      onLogged(saved, first ? fit : null);
    },
    refusalFields: ['date', 'notes', 'takeaways', 'fit'],
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Log a session">
      <FormError message={errors.root?.message} />
      <div className="form-grid">
        <FormDatePicker
          control={control}
          name="date"
          label="Session date"
          required
          min={pair.startDate}
          max={pair.today}
          error={errors.date?.message}
        />
      </div>
      <div className="form-grid">
        <TextAreaField label="Notes" error={errors.notes?.message} rows={3} {...register('notes')} />
        <TextAreaField label="Takeaways" error={errors.takeaways?.message} rows={3} {...register('takeaways')} />
      </div>
      {pair.focusAreas.length ? (
        <fieldset className="form-grid">
          <legend>Progress on each focus area</legend>
          {pair.focusAreas.map((f) => (
            <TextField
              key={f.id}
              label={f.name}
              error={errors.progress?.[f.id]?.message}
              {...register(`progress.${f.id}`)}
            />
          ))}
        </fieldset>
      ) : null}
      {first ? (
        <fieldset>
          <legend>First session: is this a good fit?</legend>
          {FIT_CHECKS.map((f) => (
            <label key={f} className="choice">
              <input type="radio" value={f} {...register('fit')} /> {FIT_LABELS[f]}
            </label>
          ))}
          <label className="choice">
            <input type="radio" value="" {...register('fit')} /> Not asked yet
          </label>
        </fieldset>
      ) : null}
      <FormActions submitLabel="Log session" busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
