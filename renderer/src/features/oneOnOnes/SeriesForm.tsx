import { useWatch } from 'react-hook-form';
import { useSavingForm } from '#renderer/components/useSavingForm';
import { CADENCE_LABELS, CADENCES, monthlyChoices, monthlyWords } from '#shared/oneOnOnes/cadence';
import { formatZone } from '#shared/format';
import { seriesFieldsSchema, type SeriesFields, type SeriesInput } from '#shared/oneOnOnes/model';
import { LabelledOptions } from '#renderer/components/LabelledOptions';
import { AnchorChoice, AnchorPreview, anchorOptions } from './time/AnchorChoice';
import { FormDatePicker, FormTimeField } from '#renderer/components/pickers/FormDateFields';
import { FormError } from '#renderer/components/FormError';
import { FormActions } from '#renderer/components/FormActions';
import { SelectField, TextField } from '#renderer/components/InputFields';

const toDays = (v: unknown) => (v === '' || v === undefined || v === null ? null : Number(v));

/** Cadence, first date, time and zone of a person's 1:1s. */
/** Whose clock the time is asked on, as the anchor choice names it: "your time", "Priya’s time", or a third clock kept as set up. */
function clockName(anchor: string, myZone: string, person: { callName: string; timeZone: string | null }): string {
  if (anchor === myZone) return 'your time';
  return anchor === person.timeZone ? `${person.callName}’s time` : 'as set up';
}

export function SeriesForm({
  initial,
  onSaved,
  onCancel,
  myZone,
  person,
}: {
  initial: SeriesFields;
  onSaved: (f: SeriesFields) => Promise<void>;
  onCancel?: () => void;
  /** The manager's zone: new series are anchored to it. */
  myZone: string;
  /** Whom the series is with: their name and zone, for the choice of anchor. */
  person: { name: string; callName: string; timeZone: string | null };
}) {
  const { register, submit, control, errors, isSubmitting } = useSavingForm<SeriesInput, SeriesFields>({
    schema: seriesFieldsSchema,
    defaultValues: initial,
    save: (fields) => onSaved({ ...fields, everyDays: fields.cadence === 'custom' ? fields.everyDays : null }),
  });
  const cadence = useWatch({ control, name: 'cadence' });
  const [anchor, firstDate, time] = useWatch({ control, name: ['timeZone', 'firstDate', 'time'] });
  return (
    <form onSubmit={submit} noValidate aria-label="1:1 series" className="series-form">
      <FormError message={errors.root?.message} />
      <div className="form-grid">
        <SelectField label="Cadence" required error={errors.cadence?.message} {...register('cadence')}>
          <LabelledOptions values={CADENCES} labels={CADENCE_LABELS} />
        </SelectField>
        {cadence === 'custom' ? (
          <TextField
            label="Days between 1:1s"
            required
            error={errors.everyDays?.message}
            type="number"
            min={1}
            max={365}
            {...register('everyDays', { setValueAs: toDays })}
          />
        ) : null}
        {cadence === 'monthly' ? (
          <SelectField
            label="Each month"
            required
            error={errors.monthlyBy?.message}
            hint="Counted from the first 1:1’s date."
            {...register('monthlyBy')}
          >
            {monthlyChoices(firstDate ?? '').map((by) => (
              <option key={by} value={by}>
                {monthlyWords(firstDate ?? '', by)}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      {/* The first date and its time on one row; which clock keeps the time follows (the time's label names it). */}
      <div className="form-grid">
        <FormDatePicker
          control={control}
          name="firstDate"
          label="First 1:1"
          required
          error={errors.firstDate?.message}
          hint="Later dates are counted from this one."
        />
        <FormTimeField
          control={control}
          name="time"
          label={`Time, ${clockName(anchor, myZone, person)} (${formatZone(anchor)})`}
          required
          error={errors.time?.message}
          hint={<AnchorPreview date={firstDate} time={time} anchor={anchor} myZone={myZone} person={person} />}
        />
      </div>
      {/* With one clock to keep (both in the same zone) there is nothing to choose: the time's
          label already says whose clock it is on, and the series keeps it. */}
      {anchorOptions(initial.timeZone, myZone, person).length > 1 || errors.timeZone ? (
        <div className="form-grid">
          <AnchorChoice
            register={register('timeZone')}
            anchor={anchor}
            initial={initial.timeZone}
            myZone={myZone}
            person={person}
            error={errors.timeZone?.message}
          />
        </div>
      ) : null}
      <FormActions submitLabel="Save series" busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
