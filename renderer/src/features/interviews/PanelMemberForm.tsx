import { useSavingForm } from '#renderer/components/useSavingForm';
import { interviewerFieldsSchema, type InterviewerFields } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { FormError } from '#renderer/components/FormError';
import { FormActions } from '#renderer/components/FormActions';
import { TextField } from '#renderer/components/InputFields';
import { FormPersonPicker } from '#renderer/components/pickers/FormPersonPicker';

/** Someone who interviews with the manager, in the "Add panel member" dialog: a typed name, optionally linked to a person. */
export function PanelMemberForm({ onAdded, onCancel }: { onAdded: (name: string) => void; onCancel: () => void }) {
  const { register, submit, control, errors, isSubmitting } = useSavingForm<InterviewerFields>({
    schema: interviewerFieldsSchema,
    defaultValues: { name: '', personId: null },
    save: async (fields) => onAdded((await call('interviews.createInterviewer', fields)).name),
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Add panel member">
      <FormError message={errors.root?.message} />
      <TextField label="Name" required error={errors.name?.message} {...register('name')} />
      <FormPersonPicker
        control={control}
        name="personId"
        emptyAs={null}
        label="Person on your team"
        error={errors.personId?.message}
        hint="Optional: link to someone in People"
        placeholder="Not linked (typed name)"
      />
      <FormActions submitLabel="Add panel member" busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
