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

import { LadderFields } from './LadderFields';
import { LabelledOptions, NamedOptions } from '#renderer/components/LabelledOptions';
import { TimeZonePicker } from '#renderer/components/pickers/TimeZonePicker';
import { FormDatePicker } from '#renderer/components/pickers/FormDateFields';
import { FormError } from '#renderer/components/FormError';
import { FormActions } from '#renderer/components/FormActions';
import { emptyToNull } from '#shared/schemas/fields';
import { TextField, SelectField } from '#renderer/components/InputFields';

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
  const { register, submit, control, setValue, errors, isSubmitting } = useSavingForm({
    schema: personFieldsSchema,
    defaultValues: initial,
    save: onSubmit,
  });

  return (
    <form className="panel person-form" onSubmit={submit} noValidate aria-label="Person">
      <FormError message={errors.root?.message} />
      <div className="form-grid">
        <TextField label="Name" required error={errors.name?.message} {...register('name')} />
        <TextField label="Preferred name" error={errors.preferredName?.message} {...register('preferredName')} />
        <TextField
          label="Pronouns"
          error={errors.pronouns?.message}
          hint="For example she/her, he/him, they/them"
          {...register('pronouns')}
        />
        <TextField label="Role or title" error={errors.title?.message} {...register('title')} />
        <SelectField label="Team" error={errors.teamId?.message} {...register('teamId', { setValueAs: emptyToNull })}>
          <option value="">No team</option>
          <NamedOptions items={teams} />
        </SelectField>
        <SelectField
          label="Relationship to you"
          required
          error={errors.relationship?.message}
          {...register('relationship')}
        >
          <LabelledOptions values={RELATIONSHIPS} labels={RELATIONSHIP_LABELS} />
        </SelectField>
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
              hint="Used to date their 1:1s. Type a city, such as Berlin."
            />
          )}
        />
      </div>
      <LadderFields ladders={ladders} register={register} control={control} setValue={setValue} errors={errors} />
      <FormActions submitLabel={submitLabel} busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
