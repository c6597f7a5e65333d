import { TextField } from '#renderer/components/InputFields';
import { useSavingForm } from '#renderer/components/useSavingForm';
import { teamFieldsSchema, type TeamFields } from '#shared/people/model';

import { FormActions } from '#renderer/components/FormActions';

export function TeamForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: TeamFields;
  submitLabel: string;
  onSubmit: (fields: TeamFields) => Promise<void>;
  onCancel?: () => void;
}) {
  const { register, submit, errors, isSubmitting } = useSavingForm({
    schema: teamFieldsSchema,
    defaultValues: initial,
    save: async (fields, { reset }) => {
      await onSubmit(fields);
      reset(initial);
    },
    otherwise: 'name',
  });

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <TextField label="Team name" required error={errors.name?.message} {...register('name')} />
      <TextField label="Description" error={errors.description?.message} {...register('description')} />
      <FormActions submitLabel={submitLabel} busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
