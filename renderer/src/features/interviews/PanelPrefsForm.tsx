import { useSavingForm } from '#renderer/components/useSavingForm';
import { prefsSchema, type Interviewer, type InterviewPrefs } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { FormError } from '#renderer/components/FormError';
import { emptyToNull, numberOrNull } from './formValues';
import { FormActions } from '#renderer/components/FormActions';
import { NamedOptions } from '#renderer/components/LabelledOptions';
import { SelectField, TextField } from '#renderer/components/InputFields';

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
  const { register, submit, errors, isSubmitting } = useSavingForm({
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
      <SelectField
        label="I interview as"
        error={errors.selfInterviewerId?.message}
        hint="Debriefs stay closed to you until your own scorecard is submitted."
        {...register('selfInterviewerId', { setValueAs: emptyToNull })}
      >
        <option value="">Not chosen</option>
        <NamedOptions items={interviewers} />
      </SelectField>
      <TextField
        label="Keep candidate data for (days)"
        required
        error={errors.retentionDays?.message}
        hint="After this, a candidate is flagged for erasure. A role can set its own."
        type="number"
        min={30}
        max={3650}
        {...register('retentionDays', { setValueAs: numberOrNull })}
      />
      <FormActions submitLabel="Save panel settings" busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
