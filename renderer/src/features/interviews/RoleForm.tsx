import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { roleFieldsSchema, type RoleFields } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { Field } from '#renderer/components/Field';
import { useToast } from '#renderer/components/toasts';
import { applyServerError } from '#renderer/api/serverErrors';

const empty: RoleFields = {
  title: '',
  level: '',
  retentionDays: null,
  competencies: [{ name: '', description: '', ladderCompetencyId: null }],
};

const numberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

/** A new role and the competencies to assess, typed in (or, once ladders land, taken from one). */
export function RoleForm({ onCreated }: { onCreated: () => void }) {
  const notice = useToast();
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RoleFields>({ resolver: zodResolver(roleFieldsSchema), defaultValues: empty, mode: 'onTouched' });
  const competencies = useFieldArray({ control, name: 'competencies' });

  const submit = handleSubmit(async (fields) => {
    try {
      const role = await call('interviews.createRole', fields);
      notice(`Added the role ${role.title}.`);
      reset(empty);
      onCreated();
    } catch (e) {
      applyServerError(e, setError, Object.keys(roleFieldsSchema.shape));
    }
  });

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="new-role-heading">
      <h2 id="new-role-heading">New role</h2>
      {errors.root ? (
        <p className="error-message" role="alert">
          {errors.root.message}
        </p>
      ) : null}
      <div className="form-grid">
        <Field label="Role title" required error={errors.title?.message}>
          {(ids) => <input {...ids} {...register('title')} autoComplete="off" />}
        </Field>
        <Field label="Level" error={errors.level?.message} hint="For example Senior, L4">
          {(ids) => <input {...ids} {...register('level')} autoComplete="off" />}
        </Field>
        <Field label="Retention (days)" error={errors.retentionDays?.message} hint="Empty: use the global period">
          {(ids) => <input {...ids} type="number" {...register('retentionDays', { setValueAs: numberOrNull })} />}
        </Field>
      </div>
      <fieldset>
        <legend>Competencies to assess</legend>
        {errors.competencies?.root?.message || errors.competencies?.message ? (
          <p className="field__error" role="alert">
            {errors.competencies.root?.message ?? errors.competencies.message}
          </p>
        ) : null}
        {competencies.fields.map((f, i) => (
          <div key={f.id} className="iv-row">
            <Field label={`Competency ${i + 1}`} required error={errors.competencies?.[i]?.name?.message}>
              {(ids) => <input {...ids} {...register(`competencies.${i}.name`)} autoComplete="off" />}
            </Field>
            <Field label={`What competency ${i + 1} means`} error={errors.competencies?.[i]?.description?.message}>
              {(ids) => <input {...ids} {...register(`competencies.${i}.description`)} autoComplete="off" />}
            </Field>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => competencies.remove(i)}
              disabled={competencies.fields.length === 1}
            >
              Remove competency {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => competencies.append({ name: '', description: '', ladderCompetencyId: null })}
        >
          Add competency
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          Add role
        </button>
      </div>
    </form>
  );
}
