import { zodResolver } from '@hookform/resolvers/zod';
import { useCheckedForm } from '#renderer/components/useCheckedForm';
import { teamFieldsSchema, type TeamFields } from '#shared/people/model';

import { Field } from '#renderer/components/Field';
import { applyServerError } from '#renderer/api/serverErrors';
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
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useCheckedForm<TeamFields>({ resolver: zodResolver(teamFieldsSchema), defaultValues: initial });

  const submit = handleSubmit(async (fields) => {
    try {
      await onSubmit(fields);
      reset(initial);
    } catch (error) {
      applyServerError(error, setError, ['name', 'description'], '', 'name');
    }
  });

  return (
    <form className="team-form" onSubmit={submit} noValidate aria-label={submitLabel}>
      <Field label="Team name" required error={errors.name?.message}>
        {(ids) => <input {...ids} {...register('name')} autoComplete="off" />}
      </Field>
      <Field label="Description" error={errors.description?.message}>
        {(ids) => <input {...ids} {...register('description')} autoComplete="off" />}
      </Field>
      <FormActions submitLabel={submitLabel} busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
