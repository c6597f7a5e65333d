import { useSavingForm } from '#renderer/components/useSavingForm';
import { interviewerFieldsSchema, type InterviewerFields } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { Field } from '#renderer/components/Field';
import { FormError } from '#renderer/components/FormError';
import { emptyToNull } from './formValues';
import { FormActions } from '#renderer/components/FormActions';

/** Someone who interviews with the manager, in the "Add panel member" dialog: a typed name, optionally linked to a person. */
export function PanelMemberForm({ onAdded, onCancel }: { onAdded: (name: string) => void; onCancel: () => void }) {
  const people = useRequest(() => call('people.list', {}), 'people');
  const {
    register,
    submit,
    formState: { errors, isSubmitting },
  } = useSavingForm<InterviewerFields>({
    schema: interviewerFieldsSchema,
    defaultValues: { name: '', personId: null },
    save: async (fields) => onAdded((await call('interviews.createInterviewer', fields)).name),
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Add panel member">
      <FormError message={errors.root?.message} />
      <Field label="Name" required error={errors.name?.message}>
        {(ids) => <input {...ids} {...register('name')} autoComplete="off" />}
      </Field>
      <Field label="Person on your team" error={errors.personId?.message} hint="Optional: link to someone in People">
        {(ids) => (
          <select {...ids} {...register('personId', { setValueAs: emptyToNull })}>
            <option value="">Not linked (typed name)</option>
            {people.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormActions submitLabel="Add panel member" busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
