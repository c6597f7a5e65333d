import {
  useFieldArray,
  useWatch,
  type Control,
  type FieldErrors,
  type UseFormRegister,
  type UseFormSetValue,
} from 'react-hook-form';
import { useSavingForm } from '#renderer/components/useSavingForm';
import { kitFormSchema, SCORE_LEVELS, type KitFields, type Role } from '#shared/interviews/model';
import { FormError } from '#renderer/components/FormError';
import { emptyToNull } from './formValues';
import { NamedOptions } from '#renderer/components/LabelledOptions';
import { SelectField, TextAreaField, TextField } from '#renderer/components/InputFields';

const blankItem = (): KitFields['items'][number] => ({ name: '', competencyId: null, anchors: ['', '', '', ''] });

interface Parts {
  control: Control<KitFields>;
  register: UseFormRegister<KitFields>;
  errors: FieldErrors<KitFields>;
}

function FocusItems({
  control,
  register,
  errors,
  role,
  kind,
  setValue,
}: Parts & { role: Role; kind: KitFields['kind']; setValue: UseFormSetValue<KitFields> }) {
  const items = useFieldArray({ control, name: 'items' });
  return (
    <fieldset>
      <legend>{kind === 'work_sample' ? 'Criteria and rubric' : 'Focus competencies and rubric'}</legend>
      <p className="field__hint">Describe what each score looks like in behaviour, for every level 1–4.</p>
      {errors.items?.root?.message || errors.items?.message ? (
        <p className="field__error" role="alert">
          {errors.items.root?.message ?? errors.items.message}
        </p>
      ) : null}
      {items.fields.map((f, i) => {
        const e = errors.items?.[i];
        return (
          <fieldset key={f.id} className="iv-item">
            <legend>Focus item {i + 1}</legend>
            <div className="form-grid iv-pair">
              <SelectField
                label={`Competency for item ${i + 1}`}
                required={kind === 'interview'}
                error={e?.competencyId?.message}
                {...register(`items.${i}.competencyId`, {
                  setValueAs: emptyToNull,
                  onChange: (ev: { target: { value: string } }) => {
                    const c = role.competencies.find((x) => x.id === ev.target.value);
                    if (c) setValue(`items.${i}.name`, c.name, { shouldValidate: true });
                  },
                })}
              >
                <option value="">
                  {kind === 'interview' ? 'Choose a competency' : 'None: a criterion of its own'}
                </option>
                <NamedOptions items={role.competencies} />
              </SelectField>
              <TextField
                label={`Name of item ${i + 1}`}
                required
                error={e?.name?.message}
                {...register(`items.${i}.name`)}
              />
            </div>
            {e?.anchors?.message || e?.anchors?.root?.message ? (
              <p className="field__error" role="alert">
                {e.anchors.message ?? e.anchors.root?.message}
              </p>
            ) : null}
            <div className="iv-anchors">
              {SCORE_LEVELS.map((level, a) => (
                <TextAreaField
                  key={level}
                  label={`Item ${i + 1}, anchor for score ${level}`}
                  required
                  error={e?.anchors?.[a]?.message}
                  rows={3}
                  {...register(`items.${i}.anchors.${a}` as `items.${number}.anchors.0`)}
                />
              ))}
            </div>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => items.remove(i)}
              disabled={items.fields.length === 1}
            >
              Remove item {i + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button" onClick={() => items.append(blankItem())}>
        Add focus item
      </button>
    </fieldset>
  );
}

function Questions({ control, register, errors }: Parts) {
  const questions = useFieldArray({ control, name: 'questions' });
  return (
    <fieldset>
      <legend>Questions</legend>
      {questions.fields.map((f, i) => (
        <div key={f.id} className="iv-row iv-row--question">
          <TextAreaField
            label={`Question ${i + 1}`}
            required
            error={errors.questions?.[i]?.text?.message}
            rows={2}
            {...register(`questions.${i}.text`)}
          />
          <TextAreaField
            label={`Guidance for question ${i + 1}`}
            error={errors.questions?.[i]?.guidance?.message}
            hint="What a good answer shows"
            rows={2}
            {...register(`questions.${i}.guidance`)}
          />
          <button type="button" className="button button--quiet" onClick={() => questions.remove(i)}>
            Remove question {i + 1}
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => questions.append({ text: '', guidance: '' })}>
        Add question
      </button>
    </fieldset>
  );
}

function TimePlan({ control, register, errors }: Parts) {
  const slots = useFieldArray({ control, name: 'timePlan' });
  return (
    <fieldset>
      <legend>Time plan</legend>
      {slots.fields.map((f, i) => (
        <div key={f.id} className="iv-row iv-row--slot">
          <TextField
            label={`Part ${i + 1}`}
            required
            error={errors.timePlan?.[i]?.label?.message}
            {...register(`timePlan.${i}.label`)}
          />
          <TextField
            label={`Minutes for part ${i + 1}`}
            required
            error={errors.timePlan?.[i]?.minutes?.message}
            type="number"
            {...register(`timePlan.${i}.minutes`, { valueAsNumber: true })}
          />
          <button type="button" className="button button--quiet" onClick={() => slots.remove(i)}>
            Remove part {i + 1}
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => slots.append({ label: '', minutes: 10 })}>
        Add part
      </button>
    </fieldset>
  );
}

export function KitForm({
  role,
  initial,
  submitLabel,
  onSubmit,
}: {
  role: Role;
  initial: KitFields | null;
  submitLabel: string;
  onSubmit: (f: KitFields) => Promise<void>;
}) {
  const { register, control, submit, setValue, errors, isSubmitting } = useSavingForm<KitFields>({
    schema: kitFormSchema,
    defaultValues: initial ?? { stage: '', kind: 'interview', items: [blankItem()], questions: [], timePlan: [] },
    save: onSubmit,
    strip: 'fields.',
  });
  const kind = useWatch({ control, name: 'kind' });
  const parts = { control, register, errors };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-label="Interview kit">
      <FormError message={errors.root?.message} />
      <div className="form-grid iv-pair">
        <TextField
          label="Stage"
          required
          error={errors.stage?.message}
          hint="For example Phone screen, Onsite, Take-home"
          {...register('stage')}
        />
        <SelectField
          label="Kind"
          required
          error={errors.kind?.message}
          hint="Work samples are graded with the candidate's name hidden"
          {...register('kind')}
        >
          <option value="interview">Interview</option>
          <option value="work_sample">Work sample</option>
        </SelectField>
      </div>
      <FocusItems {...parts} role={role} kind={kind} setValue={setValue} />
      <Questions {...parts} />
      <TimePlan {...parts} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
