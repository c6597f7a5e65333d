import { useSavingForm } from '#renderer/components/useSavingForm';
import { prefsSchema, type Interviewer, type InterviewPrefs } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { Field } from '#renderer/components/Field';
import { FormError } from '#renderer/components/FormError';
import { emptyToNull, numberOrNull } from './formValues';
import { FormActions } from '#renderer/components/FormActions';

/** Who the manager is on a panel and the global retention period, in the "Panel settings" dialog. */
export function PanelPrefsForm({
  interviewers,
  prefs,
  onSaved,
  onCancel,
}: {
  interviewers: Interviewer[];
  prefs: InterviewPrefs;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const {
    register,
    submit,
    formState: { errors, isSubmitting },
  } = useSavingForm({
    schema: prefsSchema,
    defaultValues: prefs,
    save: async (fields) => {
      await call('interviews.updatePrefs', fields);
      onSaved();
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Panel settings">
      <FormError message={errors.root?.message} />
      <Field
        label="I interview as"
        error={errors.selfInterviewerId?.message}
        hint="Debriefs stay closed to you until your own scorecard is submitted."
      >
        {(ids) => (
          <select {...ids} {...register('selfInterviewerId', { setValueAs: emptyToNull })}>
            <option value="">Not chosen</option>
            {interviewers.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Keep candidate data for (days)"
        required
        error={errors.retentionDays?.message}
        hint="After this, a candidate is flagged for erasure. A role can set its own."
      >
        {(ids) => (
          <input
            {...ids}
            type="number"
            min={30}
            max={3650}
            {...register('retentionDays', { setValueAs: numberOrNull })}
          />
        )}
      </Field>
      <FormActions submitLabel="Save panel settings" busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
