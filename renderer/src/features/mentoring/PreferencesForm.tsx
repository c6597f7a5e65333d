import { zodResolver } from '@hookform/resolvers/zod';
import { useCheckedForm } from '#renderer/components/useCheckedForm';
import { z } from 'zod';
import { MAX_CAPACITY, preferencesFieldsSchema, type PreferencesFields } from '#shared/mentoring/model';
import type { Person } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { Field } from '#renderer/components/Field';
import { splitList } from './pairFormValues';
import { applyServerError } from '#renderer/api/serverErrors';
import { FormError } from '#renderer/components/FormError';
import { FormActions } from '#renderer/components/FormActions';

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
  people,
  fixedPerson,
  onSaved,
  onCancel,
}: {
  initial: FormValues;
  people: Person[];
  fixedPerson: boolean;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useCheckedForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: initial });

  const submit = handleSubmit(async (v) => {
    const fields: PreferencesFields = preferencesFieldsSchema.parse({
      wantsToMentor: v.wantsToMentor,
      wantsMentor: v.wantsMentor,
      strengths: splitList(v.strengths),
      interests: splitList(v.interests),
      capacity: Number(v.capacity),
      managerId: v.managerId || null,
    });
    try {
      await call('mentoring.savePreferences', { personId: v.personId, fields });
      onSaved();
    } catch (error) {
      applyServerError(error, setError, ['managerId', 'personId']);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Mentoring preferences">
      <FormError message={errors.root?.message} />
      <Field label="Person" required error={errors.personId?.message}>
        {(ids) => (
          <select {...ids} {...register('personId')} disabled={fixedPerson}>
            <option value="">Choose a person</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend>Wants</legend>
        <label className="choice">
          <input type="checkbox" {...register('wantsToMentor')} /> To mentor someone
        </label>
        <label className="choice">
          <input type="checkbox" {...register('wantsMentor')} /> A mentor
        </label>
      </fieldset>
      <Field label="Strengths" error={errors.strengths?.message} hint="What they can teach, separated by commas">
        {(ids) => <input {...ids} {...register('strengths')} autoComplete="off" />}
      </Field>
      <Field
        label="Wants to grow in"
        error={errors.interests?.message}
        hint="Interests and areas to develop, separated by commas"
      >
        {(ids) => <input {...ids} {...register('interests')} autoComplete="off" />}
      </Field>
      <Field label="Capacity" error={errors.capacity?.message} hint="How many mentees at once">
        {(ids) => <input {...ids} inputMode="numeric" {...register('capacity')} autoComplete="off" />}
      </Field>
      <Field label="Their manager" error={errors.managerId?.message} hint="Never suggested as their mentor">
        {(ids) => (
          <select {...ids} {...register('managerId')}>
            <option value="">You (or not recorded)</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormActions submitLabel="Save preferences" busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
