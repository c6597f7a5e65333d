import { TextField } from '#renderer/components/InputFields';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useSavingForm } from '#renderer/components/useSavingForm';
import { z } from 'zod';
import { ROLE_NEEDS_COMPETENCY, roleFieldsSchema, type Role, type RoleFields } from '#shared/interviews/model';
import { call } from '#renderer/api/client';
import { FormError } from '#renderer/components/FormError';
import { RoleSettingsFields } from './RoleSettingsForm';
import { FormActions } from '#renderer/components/FormActions';

const blankRow = { name: '', description: '', ladderCompetencyId: null };

const empty: RoleFields = { title: '', level: '', retentionDays: null, competencies: [blankRow] };

/*
 * A row left wholly empty is one the user added and has not reached yet (or no longer wants):
 * it is dropped before validation, so it is never shown in error and never sent.
 */
const isBlank = (row: unknown) => {
  const { name = '', description = '' } = (row ?? {}) as { name?: string; description?: string };
  return name.trim() === '' && description.trim() === '';
};
const rowSchema = roleFieldsSchema.shape.competencies.element;
const roleFormSchema = roleFieldsSchema.extend({
  competencies: z
    .array(z.unknown())
    // Each row is checked where it stands, so an error stays on its own row.
    .superRefine((rows, ctx) => {
      rows.forEach((row, i) => {
        if (isBlank(row)) return;
        for (const issue of rowSchema.safeParse(row).error?.issues ?? []) {
          ctx.addIssue({ code: 'custom', message: issue.message, path: [i, ...issue.path] });
        }
      });
      // Every row left empty: the first competency's own field says so (and takes focus), rather
      // than a line above the list beside a field that is not marked.
      if (rows.length > 0 && rows.every(isBlank)) {
        ctx.addIssue({ code: 'custom', message: ROLE_NEEDS_COMPETENCY, path: [0, 'name'] });
      }
    })
    .transform((rows) => rows.filter((row) => !isBlank(row)))
    .pipe(roleFieldsSchema.shape.competencies),
});

/**
 * The competencies typed in, a row each. Its own component so that its fields register after the
 * title's: react-hook-form focuses the first invalid field in the order fields registered, and an
 * empty form's first problem is its title, at the top.
 */
function CompetencyRows({
  control,
  register,
  errors,
}: {
  control: Control<RoleFields>;
  register: UseFormRegister<RoleFields>;
  errors: FieldErrors<RoleFields>;
}) {
  const competencies = useFieldArray({ control, name: 'competencies' });
  const listError = errors.competencies?.root?.message ?? errors.competencies?.message;
  return (
    <fieldset>
      <legend>Competencies to assess</legend>
      {listError ? (
        <p className="field__error" role="alert">
          {listError}
        </p>
      ) : null}
      {competencies.fields.map((f, i) => (
        <div key={f.id} className="iv-row">
          <TextField
            label={`Competency ${i + 1}`}
            required
            error={errors.competencies?.[i]?.name?.message}
            {...register(`competencies.${i}.name`)}
          />
          <TextField
            label={`What competency ${i + 1} means`}
            error={errors.competencies?.[i]?.description?.message}
            {...register(`competencies.${i}.description`)}
          />
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Remove competency ${i + 1}`}
            onClick={() => competencies.remove(i)}
            disabled={competencies.fields.length === 1}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => competencies.append(blankRow)}>
        Add competency
      </button>
    </fieldset>
  );
}

/** A new role and the competencies to assess, typed in; shown in the "New role" dialog. */
export function RoleForm({ onCreated, onCancel }: { onCreated: (role: Role) => void; onCancel: () => void }) {
  const { register, control, submit, errors, isSubmitting } = useSavingForm<RoleFields>({
    // The form holds rows as typed; the schema reads them as unknown only to skip the blank ones.
    schema: roleFormSchema as unknown as z.ZodType<RoleFields, RoleFields>,
    defaultValues: empty,
    save: async (fields) => onCreated(await call('interviews.createRole', fields)),
  });
  return (
    <form onSubmit={submit} noValidate aria-label="New role">
      <FormError message={errors.root?.message} />
      <div className="form-grid">
        <RoleSettingsFields register={register} errors={errors} />
      </div>
      <CompetencyRows control={control} register={register} errors={errors} />
      <FormActions submitLabel="Add role" busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
