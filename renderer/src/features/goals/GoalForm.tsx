import { useWatch } from 'react-hook-form';
import { useSavingForm } from '#renderer/components/useSavingForm';
import { GOAL_STATUS_LABELS, GOAL_STATUSES, goalFieldsSchema, type GoalFields } from '#shared/goals/model';
import type { LadderSummary } from '#shared/ladders/model';

import { useRequest } from '#renderer/api/useRequest';
import { call } from '#renderer/api/client';
import { LabelledOptions, NamedOptions } from '#renderer/components/LabelledOptions';
import { FormDatePicker } from '#renderer/components/pickers/FormDateFields';
import { FormError } from '#renderer/components/FormError';
import { FormActions } from '#renderer/components/FormActions';
import { DeleteTwice } from '#renderer/components/DeleteTwice';
import { emptyToNull } from '#shared/schemas/fields';
import { SelectField, TextAreaField, TextField } from '#renderer/components/InputFields';

interface GoalFormProps {
  initial: GoalFields;
  ladders: LadderSummary[];
  submitLabel: string;
  onSubmit: (fields: GoalFields) => Promise<void>;
  onCancel: () => void;
  /** Offered when editing: deletes the goal and its check-ins. */
  onDelete?: () => Promise<void>;
}

export function GoalForm({ initial, ladders, submitLabel, onSubmit, onCancel, onDelete }: GoalFormProps) {
  const { register, submit, control, setValue, errors, isSubmitting } = useSavingForm({
    schema: goalFieldsSchema,
    defaultValues: initial,
    save: onSubmit,
  });
  const ladderId = useWatch({ control, name: 'ladderId' });
  const chosen = useWatch({ control, name: 'competencyIds' });
  const ladder = useRequest(
    () => (ladderId ? call('ladders.get', { id: ladderId }) : Promise.resolve(undefined)),
    ladderId ?? '',
  );
  const doc = ladderId ? ladder.data?.outline : undefined;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Stretch goal" className="goal-form">
      <FormError message={errors.root?.message} />
      <div className="form-grid">
        <TextField label="Title" required error={errors.title?.message} {...register('title')} />
        <SelectField label="Status" error={errors.status?.message} {...register('status')}>
          <LabelledOptions values={GOAL_STATUSES} labels={GOAL_STATUS_LABELS} />
        </SelectField>
        <FormDatePicker
          control={control}
          name="dueDate"
          emptyAs={null}
          label="Due date"
          error={errors.dueDate?.message}
        />
      </div>
      <TextAreaField
        label="Why"
        error={errors.why?.message}
        hint="What growing this way means for them."
        rows={2}
        {...register('why')}
      />
      <TextAreaField
        label="Success criteria"
        error={errors.successCriteria?.message}
        hint="How you will both know it is done."
        rows={2}
        {...register('successCriteria')}
      />
      <div className="form-grid">
        <SelectField
          label="Ladder"
          error={errors.ladderId?.message}
          {...register('ladderId', {
            setValueAs: emptyToNull,
            onChange: () => {
              setValue('competencyIds', []);
              setValue('targetLevel', '');
            },
          })}
        >
          <option value="">No ladder</option>
          <NamedOptions items={ladders} />
        </SelectField>
        {doc ? (
          <SelectField label="Target level" error={errors.targetLevel?.message} {...register('targetLevel')}>
            <option value="">None</option>
            <NamedOptions items={doc.levels} />
          </SelectField>
        ) : null}
      </div>
      {doc ? (
        <fieldset className="goal-form__competencies">
          <legend>Competencies it grows</legend>
          {doc.competencies.map((c) => (
            <label key={c.id} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(c.id)}
                onChange={(e) =>
                  setValue('competencyIds', e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))
                }
              />{' '}
              {c.name}
            </label>
          ))}
          {errors.competencyIds?.message ? (
            <p className="field__error" role="alert">
              {errors.competencyIds.message}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <FormActions submitLabel={submitLabel} busy={isSubmitting} onCancel={onCancel}>
        {onDelete ? (
          <DeleteTwice label="Delete goal…" confirmLabel="Yes, delete goal and check-ins" onDelete={onDelete} />
        ) : null}
      </FormActions>
    </form>
  );
}
