import { useWatch } from 'react-hook-form';
import { useSavingForm } from '#renderer/components/useSavingForm';
import { CADENCE_PRESETS } from '#shared/mentoring/model';
import type { Person } from '#shared/people/model';

import { Field } from '#renderer/components/Field';
import { formFieldOf, pairFormSchema, type PairFormValues } from './pairFormValues';
import { FormDatePicker } from '#renderer/components/pickers/FormDateFields';
import { FormError } from '#renderer/components/FormError';
import { FormActions } from '#renderer/components/FormActions';

interface PairFormProps {
  initial: PairFormValues;
  people: Person[];
  editing: boolean;
  onSubmit: (values: PairFormValues) => Promise<void>;
  onCancel: () => void;
}

export function PairForm({ initial, people, editing, onSubmit, onCancel }: PairFormProps) {
  const {
    register,
    submit,
    control,
    formState: { errors, isSubmitting },
  } = useSavingForm({
    schema: pairFormSchema,
    defaultValues: initial,
    save: onSubmit,
    refusalFields: formFieldOf,
  });
  const cadence = useWatch({ control, name: 'cadence' });

  const personOptions = people.map((p) => (
    <option key={p.id} value={p.id}>
      {p.name}
    </option>
  ));

  return (
    <form className="panel" onSubmit={submit} noValidate aria-label="Mentoring pair">
      <FormError message={errors.root?.message} />
      <div className="form-grid">
        <Field label="Mentor" required error={errors.mentorId?.message}>
          {(ids) => (
            <select {...ids} {...register('mentorId')} disabled={editing}>
              <option value="">Choose a person</option>
              {personOptions}
            </select>
          )}
        </Field>
        <Field label="Mentee" required error={errors.menteeId?.message}>
          {(ids) => (
            <select {...ids} {...register('menteeId')} disabled={editing}>
              <option value="">Choose a person</option>
              {personOptions}
            </select>
          )}
        </Field>
        {editing ? null : (
          <Field label="Status" error={errors.status?.message} hint="Proposed until both have agreed to meet">
            {(ids) => (
              <select {...ids} {...register('status')}>
                <option value="active">Active</option>
                <option value="proposed">Proposed</option>
              </select>
            )}
          </Field>
        )}
      </div>
      <div className="form-grid">
        <Field
          label="Focus areas"
          error={errors.focusAreas?.message}
          hint="Competencies to work on, separated by commas"
        >
          {(ids) => <input {...ids} {...register('focusAreas')} autoComplete="off" />}
        </Field>
        <Field label="Goals" error={errors.goals?.message}>
          {(ids) => <textarea {...ids} rows={3} {...register('goals')} />}
        </Field>
      </div>
      <fieldset className="form-grid">
        <legend>Agreement</legend>
        <Field
          label="Expectations"
          error={errors.expectations?.message}
          hint="Who prepares, how to reach each other, what stays private"
        >
          {(ids) => <textarea {...ids} rows={3} {...register('expectations')} />}
        </Field>
        <Field label="Cadence" required error={errors.cadence?.message}>
          {(ids) => (
            <select {...ids} {...register('cadence')}>
              {CADENCE_PRESETS.map((p) => (
                <option key={p.days} value={String(p.days)}>
                  {p.label}
                </option>
              ))}
              <option value="custom">Another number of days</option>
            </select>
          )}
        </Field>
        {cadence === 'custom' ? (
          <Field label="Days between sessions" required error={errors.customDays?.message}>
            {(ids) => <input {...ids} inputMode="numeric" {...register('customDays')} autoComplete="off" />}
          </Field>
        ) : null}
        <FormDatePicker
          control={control}
          name="startDate"
          label="Start date"
          required
          error={errors.startDate?.message}
        />
        <FormDatePicker
          control={control}
          name="plannedEnd"
          emptyAs={null}
          label="Planned end"
          error={errors.plannedEnd?.message}
        />
      </fieldset>
      <FormActions submitLabel={editing ? 'Save pair' : 'Add pair'} busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
