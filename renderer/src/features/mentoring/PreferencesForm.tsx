import { useSavingForm } from '#renderer/components/useSavingForm';
import { z } from 'zod';
import { MAX_CAPACITY, preferencesFieldsSchema, type PreferencesFields } from '#shared/mentoring/model';
import { call } from '#renderer/api/client';
import { splitList } from './pairFormValues';
import { FormError } from '#renderer/components/FormError';
import { FormActions } from '#renderer/components/FormActions';
import { TextField } from '#renderer/components/InputFields';
import { FormPersonPicker } from '#renderer/components/pickers/FormPersonPicker';

const listText = z
  .string()
  .max(2400, 'This list must be at most 2400 characters: shorten it.')
  .refine((t) => splitList(t).every((x) => x.length <= 80), 'Each entry must be at most 80 characters: shorten it.')
  .refine((t) => splitList(t).length <= 30, 'At most 30 entries');

const formSchema = z.strictObject({
  personId: z.string().min(1, 'Choose a person'),
  wantsToMentor: z.boolean(),
  wantsMentor: z.boolean(),
  strengths: listText,
  interests: listText,
  capacity: z
    .string()
    .trim()
    .regex(/^\d+$/, 'Enter the capacity as a whole number, such as 2.')
    .refine(
      (v) => Number(v) <= MAX_CAPACITY,
      `Capacity must be at most ${MAX_CAPACITY}: enter ${MAX_CAPACITY} or fewer.`,
    ),
  managerId: z.string(),
});
type FormValues = z.infer<typeof formSchema>;

export function toFormValues(personId: string, p: PreferencesFields): FormValues {
  return {
    personId,
    wantsToMentor: p.wantsToMentor,
    wantsMentor: p.wantsMentor,
    strengths: p.strengths.join(', '),
    interests: p.interests.join(', '),
    capacity: String(p.capacity),
    managerId: p.managerId ?? '',
  };
}

export function PreferencesForm({
  initial,
  fixedPerson,
  onSaved,
  onCancel,
}: {
  initial: FormValues;
  fixedPerson: boolean;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { register, submit, control, errors, isSubmitting } = useSavingForm({
    schema: formSchema,
    defaultValues: initial,
    save: async (v) => {
      const fields: PreferencesFields = preferencesFieldsSchema.parse({
        wantsToMentor: v.wantsToMentor,
        wantsMentor: v.wantsMentor,
        strengths: splitList(v.strengths),
        interests: splitList(v.interests),
        capacity: Number(v.capacity),
        managerId: v.managerId || null,
      });
      await call('mentoring.savePreferences', { personId: v.personId, fields });
      onSaved();
    },
    refusalFields: ['managerId', 'personId'],
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Mentoring preferences">
      <FormError message={errors.root?.message} />
      <FormPersonPicker
        control={control}
        name="personId"
        label="Person"
        required
        error={errors.personId?.message}
        isDisabled={fixedPerson}
      />
      <fieldset>
        <legend>Wants</legend>
        <label className="choice">
          <input type="checkbox" {...register('wantsToMentor')} /> To mentor someone
        </label>
        <label className="choice">
          <input type="checkbox" {...register('wantsMentor')} /> A mentor
        </label>
      </fieldset>
      <TextField
        label="Strengths"
        error={errors.strengths?.message}
        hint="What they can teach, separated by commas"
        {...register('strengths')}
      />
      <TextField
        label="Wants to grow in"
        error={errors.interests?.message}
        hint="Interests and areas to develop, separated by commas"
        {...register('interests')}
      />
      <TextField
        label="Capacity"
        error={errors.capacity?.message}
        hint="How many mentees at once"
        inputMode="numeric"
        {...register('capacity')}
      />
      <FormPersonPicker
        control={control}
        name="managerId"
        label="Their manager"
        error={errors.managerId?.message}
        hint="Never suggested as their mentor"
        placeholder="You (or not recorded)"
      />
      <FormActions submitLabel="Save preferences" busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
