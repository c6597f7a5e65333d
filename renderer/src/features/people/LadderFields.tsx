import { useWatch, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import type { LadderSummary } from '#shared/ladders/model';
import type { PersonFields } from '#shared/people/model';
import { emptyToNull } from '#shared/schemas/fields';
import { NamedOptions } from '#renderer/components/LabelledOptions';
import { SelectField, TextField } from '#renderer/components/InputFields';

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
      <SelectField
        label="Ladder"
        error={errors.ladderId?.message}
        hint={ladders.length ? undefined : 'Add a ladder under Ladders to choose from it'}
        {...register('ladderId', {
          setValueAs: emptyToNull,
          onChange: () => {
            setValue('track', '', reset);
            setValue('level', '', reset);
          },
        })}
      >
        <option value="">No ladder</option>
        <NamedOptions items={ladders} />
      </SelectField>
      {ladder ? (
        <>
          <SelectField
            label="Track"
            error={errors.track?.message}
            {...register('track', { onChange: () => setValue('level', '', reset) })}
          >
            <option value="">Choose a track</option>
            <NamedOptions items={ladder.placement.tracks} />
          </SelectField>
          <SelectField label="Level" error={errors.level?.message} {...register('level')}>
            <option value="">Choose a level</option>
            <NamedOptions items={levels} />
          </SelectField>
        </>
      ) : (
        <>
          <TextField
            label="Track"
            error={errors.track?.message}
            hint="For example IC or Management"
            {...register('track')}
          />
          <TextField
            label="Level"
            error={errors.level?.message}
            hint="Free text until a ladder is chosen."
            {...register('level')}
          />
        </>
      )}
    </fieldset>
  );
}
