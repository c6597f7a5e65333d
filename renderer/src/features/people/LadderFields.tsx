import { useWatch, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import type { LadderSummary } from '#shared/ladders/model';
import type { PersonFields } from '#shared/people/model';
import { Field } from '#renderer/components/Field';
import { emptyToNull } from '#shared/schemas/fields';

interface LadderFieldsProps {
  ladders: LadderSummary[];
  register: UseFormRegister<PersonFields>;
  control: Control<PersonFields>;
  setValue: UseFormSetValue<PersonFields>;
  errors: FieldErrors<PersonFields>;
}

/**
 * Ladder, then a track and a level of that ladder. Without a ladder, track and level stay
 * free text, as they were before ladders existed.
 */
export function LadderFields({ ladders, register, control, setValue, errors }: LadderFieldsProps) {
  const ladderId = useWatch({ control, name: 'ladderId' });
  const track = useWatch({ control, name: 'track' });
  const ladder = ladders.find((l) => l.id === ladderId);
  const levels = ladder ? ladder.placement.levels.filter((l) => !track || l.track === track) : [];
  const reset = { shouldDirty: true } as const;
  return (
    <fieldset className="form-grid">
      <legend>Career ladder</legend>
      <Field
        label="Ladder"
        error={errors.ladderId?.message}
        hint={ladders.length ? undefined : 'Add a ladder under Ladders to choose from it'}
      >
        {(ids) => (
          <select
            {...ids}
            {...register('ladderId', {
              setValueAs: emptyToNull,
              onChange: () => {
                setValue('track', '', reset);
                setValue('level', '', reset);
              },
            })}
          >
            <option value="">No ladder</option>
            {ladders.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {ladder ? (
        <>
          <Field label="Track" error={errors.track?.message}>
            {(ids) => (
              <select {...ids} {...register('track', { onChange: () => setValue('level', '', reset) })}>
                <option value="">Choose a track</option>
                {ladder.placement.tracks.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Level" error={errors.level?.message}>
            {(ids) => (
              <select {...ids} {...register('level')}>
                <option value="">Choose a level</option>
                {levels.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      ) : (
        <>
          <Field label="Track" error={errors.track?.message} hint="For example IC or Management">
            {(ids) => <input {...ids} {...register('track')} autoComplete="off" />}
          </Field>
          <Field label="Level" error={errors.level?.message} hint="Free text until a ladder is chosen">
            {(ids) => <input {...ids} {...register('level')} autoComplete="off" />}
          </Field>
        </>
      )}
    </fieldset>
  );
}
