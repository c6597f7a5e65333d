import { useSavingForm } from '#renderer/components/useSavingForm';
import { roleSettingsSchema, type Role, type RoleSettings } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { Field } from '#renderer/components/Field';
import { FormError } from '#renderer/components/FormError';
import { numberOrNull } from './formValues';
import { FormActions } from '#renderer/components/FormActions';

/** Title, level and the role's own retention period (empty: the global one), in the "Edit role" dialog. */
export function RoleSettingsForm({
  role,
  onSaved,
  onCancel,
}: {
  role: Role;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const {
    register,
    submit,
    formState: { errors, isSubmitting },
  } = useSavingForm<RoleSettings>({
    schema: roleSettingsSchema,
    defaultValues: { title: role.title, level: role.level, retentionDays: role.retentionDays },
    save: async (fields) => {
      await call('interviews.updateRole', { id: role.id, fields });
      onSaved();
    },
    strip: 'fields.',
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Role settings">
      <FormError message={errors.root?.message} />
      <Field label="Role title" required error={errors.title?.message}>
        {(ids) => <input {...ids} {...register('title')} autoComplete="off" />}
      </Field>
      <Field label="Level" error={errors.level?.message} hint="For example Senior, L4">
        {(ids) => <input {...ids} {...register('level')} autoComplete="off" />}
      </Field>
      <Field label="Retention (days)" error={errors.retentionDays?.message} hint="Empty: use the global period">
        {(ids) => <input {...ids} type="number" {...register('retentionDays', { setValueAs: numberOrNull })} />}
      </Field>
      <FormActions submitLabel="Save role" busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
