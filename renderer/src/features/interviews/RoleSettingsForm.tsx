import { zodResolver } from '@hookform/resolvers/zod';
import { useCheckedForm } from '#renderer/components/useCheckedForm';
import { roleSettingsSchema, type Role, type RoleSettings } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { Field } from '#renderer/components/Field';
import { useToast } from '#renderer/components/toasts';
import { applyServerError } from '#renderer/api/serverErrors';
import { FormError } from '#renderer/components/FormError';

const numberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

/** Title, level and the role's own retention period (empty: the global one). */
export function RoleSettingsForm({ role }: { role: Role }) {
  const notice = useToast();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useCheckedForm<RoleSettings>({
    resolver: zodResolver(roleSettingsSchema),
    defaultValues: { title: role.title, level: role.level, retentionDays: role.retentionDays },
  });
  const submit = handleSubmit(async (fields) => {
    try {
      await call('interviews.updateRole', { id: role.id, fields });
      notice('Role saved.');
    } catch (e) {
      applyServerError(e, setError, Object.keys(roleSettingsSchema.shape), 'fields.');
    }
  });
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="role-settings-heading">
      <h2 id="role-settings-heading">Role settings</h2>
      <FormError message={errors.root?.message} />
      <div className="form-grid">
        <Field label="Role title" required error={errors.title?.message}>
          {(ids) => <input {...ids} {...register('title')} autoComplete="off" />}
        </Field>
        <Field label="Level" error={errors.level?.message}>
          {(ids) => <input {...ids} {...register('level')} autoComplete="off" />}
        </Field>
        <Field label="Retention (days)" error={errors.retentionDays?.message} hint="Empty: use the global period">
          {(ids) => <input {...ids} type="number" {...register('retentionDays', { setValueAs: numberOrNull })} />}
        </Field>
      </div>
      <button type="submit" className="button" disabled={isSubmitting}>
        Save role
      </button>
    </form>
  );
}
