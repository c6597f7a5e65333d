import { useWatch } from 'react-hook-form';
import { useSavingForm } from '#renderer/components/useSavingForm';
import { CADENCE_PRESETS } from '#shared/mentoring/model';

import { formFieldOf, pairFormSchema, type PairFormValues } from './pairFormValues';
import { FormDatePicker } from '#renderer/components/pickers/FormDateFields';
import { FormError } from '#renderer/components/FormError';
import { FormPersonPicker } from '#renderer/components/pickers/FormPersonPicker';
import { FormActions } from '#renderer/components/FormActions';
import { TextField, TextAreaField, SelectField } from '#renderer/components/InputFields';

interface PairFormProps {
  initial: PairFormValues;
  editing: boolean;
  onSubmit: (values: PairFormValues) => Promise<void>;
  onCancel: () => void;
}

export function PairForm({ initial, editing, onSubmit, onCancel }: PairFormProps) {
  const { register, submit, control, errors, isSubmitting } = useSavingForm({
    schema: pairFormSchema,
    defaultValues: initial,
    save: onSubmit,
    refusalFields: formFieldOf,
  });
  const cadence = useWatch({ control, name: 'cadence' });

  return (
    <form className="panel pair-form" onSubmit={submit} noValidate aria-label="Mentoring pair">
      <FormError message={errors.root?.message} />
      <div className="form-grid">
        <FormPersonPicker
          control={control}
          name="mentorId"
          label="Mentor"
          required
          error={errors.mentorId?.message}
          isDisabled={editing}
        />
        <FormPersonPicker
          control={control}
          name="menteeId"
          label="Mentee"
          required
          error={errors.menteeId?.message}
          isDisabled={editing}
        />
        {editing ? null : (
          <SelectField
            label="Status"
            error={errors.status?.message}
            hint="Choose Proposed until both have agreed to meet"
            {...register('status')}
          >
            <option value="active">Active</option>
            <option value="proposed">Proposed</option>
          </SelectField>
        )}
      </div>
      {/* One column: focus areas are a list on one line, cut off in half the width. */}
      <div className="form-grid pair-form__full-width">
        <TextField
          label="Focus areas"
          error={errors.focusAreas?.message}
          hint="Competencies to work on, separated by commas"
          {...register('focusAreas')}
        />
        <TextAreaField label="Goals" error={errors.goals?.message} rows={3} {...register('goals')} />
      </div>
      <fieldset className="form-grid">
        <legend>Agreement</legend>
        <TextAreaField
          label="Expectations"
          error={errors.expectations?.message}
          hint="Who prepares, how to reach each other, what stays private"
          rows={3}
          {...register('expectations')}
        />
        <SelectField label="Cadence" required error={errors.cadence?.message} {...register('cadence')}>
          {CADENCE_PRESETS.map((p) => (
            <option key={p.days} value={String(p.days)}>
              {p.label}
            </option>
          ))}
          <option value="custom">Another number of days</option>
        </SelectField>
        {cadence === 'custom' ? (
          <TextField
            label="Days between sessions"
            required
            error={errors.customDays?.message}
            inputMode="numeric"
            {...register('customDays')}
          />
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
