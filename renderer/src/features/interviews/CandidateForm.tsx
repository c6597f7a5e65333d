import { TextField } from '#renderer/components/InputFields';
import { useSavingForm } from '#renderer/components/useSavingForm';
import { candidateFieldsSchema, type CandidateFields } from '#shared/interviews/model';
import { FormError } from '#renderer/components/FormError';
import { FormActions } from '#renderer/components/FormActions';

const blank: CandidateFields = { name: '', stage: '', source: '' };

/**
 * Name, stage and source of a candidate, in the "New candidate" and "Edit details" dialogs.
 * The store's paths are "fields.name" etc., so a refusal finds its field once "fields." goes.
 */
export function CandidateForm({
  initial = blank,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: CandidateFields;
  submitLabel: string;
  onSubmit: (fields: CandidateFields) => Promise<void>;
  onCancel: () => void;
}) {
  const { register, submit, errors, isSubmitting } = useSavingForm({
    schema: candidateFieldsSchema,
    defaultValues: initial,
    save: onSubmit,
    strip: 'fields.',
  });
  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <FormError message={errors.root?.message} />
      <TextField label="Candidate name" required error={errors.name?.message} {...register('name')} />
      <TextField
        label="Stage"
        required
        error={errors.stage?.message}
        hint="Where they are, e.g. Onsite"
        {...register('stage')}
      />
      <TextField
        label="Source"
        error={errors.source?.message}
        hint="Referral, agency, inbound…"
        {...register('source')}
      />
      <FormActions submitLabel={submitLabel} busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
