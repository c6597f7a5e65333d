import type { LadderSummary } from '#shared/ladders/model';
import { Controller } from 'react-hook-form';
import { useSavingForm } from '#renderer/components/useSavingForm';
import {
  personFieldsSchema,
  RELATIONSHIP_LABELS,
  RELATIONSHIPS,
  type PersonFields,
  type Team,
} from '#shared/people/model';

import { Field } from '#renderer/components/Field';
import { LadderFields } from './LadderFields';
import { LabelledOptions } from '#renderer/components/LabelledOptions';
import { TimeZonePicker } from '#renderer/components/pickers/TimeZonePicker';
import { FormDatePicker } from '#renderer/components/pickers/FormDateFields';
import { FormError } from '#renderer/components/FormError';
import { FormActions } from '#renderer/components/FormActions';
import { emptyToNull } from '#shared/schemas/fields';

interface PersonFormProps {
  initial: PersonFields;
  teams: Team[];
  /** Ladders to place the person on; none means track and level are free text. */
  ladders?: LadderSummary[];
  submitLabel: string;
  onSubmit: (fields: PersonFields) => Promise<void>;
  onCancel: () => void;
}

export function PersonForm({ initial, teams, ladders = [], submitLabel, onSubmit, onCancel }: PersonFormProps) {
  const {
    register,
    submit,
    control,
    setValue,
    formState: { errors, isSubmitting },
  } = useSavingForm({ schema: personFieldsSchema, defaultValues: initial, save: onSubmit });

  return (
    <form className="panel person-form" onSubmit={submit} noValidate aria-label="Person">
      <FormError message={errors.root?.message} />
      <div className="form-grid">
        <Field label="Name" required error={errors.name?.message}>
          {(ids) => <input {...ids} {...register('name')} autoComplete="off" />}
        </Field>
        <Field label="Preferred name" error={errors.preferredName?.message}>
          {(ids) => <input {...ids} {...register('preferredName')} autoComplete="off" />}
        </Field>
        <Field label="Pronouns" error={errors.pronouns?.message} hint="For example she/her, he/him, they/them">
          {(ids) => <input {...ids} {...register('pronouns')} autoComplete="off" />}
        </Field>
        <Field label="Role or title" error={errors.title?.message}>
          {(ids) => <input {...ids} {...register('title')} autoComplete="off" />}
        </Field>
        <Field label="Team" error={errors.teamId?.message}>
          {(ids) => (
            <select {...ids} {...register('teamId', { setValueAs: emptyToNull })}>
              <option value="">No team</option>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Relationship to you" required error={errors.relationship?.message}>
          {(ids) => (
            <select {...ids} {...register('relationship')}>
              <LabelledOptions values={RELATIONSHIPS} labels={RELATIONSHIP_LABELS} />
            </select>
          )}
        </Field>
        <FormDatePicker
          control={control}
          name="startDate"
          emptyAs={null}
          label="Start date"
          error={errors.startDate?.message}
        />
        <Controller
          name="timeZone"
          control={control}
          render={({ field }) => (
            <TimeZonePicker
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={errors.timeZone?.message}
              hint="Used to date their 1:1s. Type a city, such as Berlin"
            />
          )}
        />
      </div>
      <LadderFields ladders={ladders} register={register} control={control} setValue={setValue} errors={errors} />
      <FormActions submitLabel={submitLabel} busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
