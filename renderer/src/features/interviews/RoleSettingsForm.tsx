import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { TextField } from '#renderer/components/InputFields';
import { useSavingForm } from '#renderer/components/useSavingForm';
import { roleSettingsSchema, type Role, type RoleSettings } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { FormError } from '#renderer/components/FormError';
import { numberOrNull } from './formValues';
import { FormActions } from '#renderer/components/FormActions';

/** A role's title, level and own retention period: in the "New role" and "Edit role" dialogs. */
export function RoleSettingsFields({
  register,
  errors,
}: {
  register: UseFormRegister<RoleSettings>;
  errors: FieldErrors<RoleSettings>;
}) {
  return (
    <>
      <TextField label="Role title" required error={errors.title?.message} {...register('title')} />
      <TextField label="Level" error={errors.level?.message} hint="For example Senior, L4" {...register('level')} />
      <TextField
        label="Retention (days)"
        error={errors.retentionDays?.message}
        hint="Leave empty to keep candidates as long as Panel settings say"
        type="number"
        {...register('retentionDays', { setValueAs: numberOrNull })}
      />
    </>
  );
}

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
  const { register, submit, errors, isSubmitting } = useSavingForm<RoleSettings>({
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
      <RoleSettingsFields register={register} errors={errors} />
      <FormActions submitLabel="Save role" busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
