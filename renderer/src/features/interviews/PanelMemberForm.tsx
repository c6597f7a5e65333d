import { useSavingForm } from '#renderer/components/useSavingForm';
import { interviewerFieldsSchema, type InterviewerFields } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { FormError } from '#renderer/components/FormError';
import { emptyToNull } from './formValues';
import { FormActions } from '#renderer/components/FormActions';
import { NamedOptions } from '#renderer/components/LabelledOptions';
import { TextField, SelectField } from '#renderer/components/InputFields';

/** Someone who interviews with the manager, in the "Add panel member" dialog: a typed name, optionally linked to a person. */
export function PanelMemberForm({ onAdded, onCancel }: { onAdded: (name: string) => void; onCancel: () => void }) {
  const people = useRequest(() => call('people.list', {}), 'people');
  const { register, submit, errors, isSubmitting } = useSavingForm<InterviewerFields>({
    schema: interviewerFieldsSchema,
    defaultValues: { name: '', personId: null },
    save: async (fields) => onAdded((await call('interviews.createInterviewer', fields)).name),
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Add panel member">
      <FormError message={errors.root?.message} />
      <TextField label="Name" required error={errors.name?.message} {...register('name')} />
      <SelectField
        label="Person on your team"
        error={errors.personId?.message}
        hint="Optional: link to someone in People"
        {...register('personId', { setValueAs: emptyToNull })}
      >
        <option value="">Not linked (typed name)</option>
        <NamedOptions items={people.data ?? []} />
      </SelectField>
      <FormActions submitLabel="Add panel member" busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
