import { TextAreaField } from '#renderer/components/InputFields';
import { useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { useSavingForm } from '#renderer/components/useSavingForm';
import type { EvidenceOptions } from '#shared/evidence/contract';
import {
  EVIDENCE_SOURCE_LABELS,
  evidenceFieldsSchema,
  type EvidenceFields,
  type EvidenceFieldsInput,
} from '#shared/evidence/model';

import { CompetencyChoice } from './CompetencyChoice';
import { FormDatePicker } from '#renderer/components/pickers/FormDateFields';
import { FormError } from '#renderer/components/FormError';
import { FormActions } from '#renderer/components/FormActions';
import { DeleteTwice } from '#renderer/components/DeleteTwice';

interface EvidenceFormProps {
  initial: EvidenceFieldsInput;
  options: EvidenceOptions;
  /** Words naming where it was seen; absent when typed directly. */
  sourceLabel?: string | undefined;
  /** A passage of private notes: private for good, only a shareable rewrite may leave. */
  lockedPrivate: boolean;
  submitLabel: string;
  onSubmit: (fields: EvidenceFields) => Promise<void>;
  onCancel: () => void;
  onDelete?: () => Promise<void>;
}

/** One piece of evidence: what happened, what it shows, when, the competencies it supports, privacy. */
export function EvidenceForm(props: EvidenceFormProps) {
  const { initial, options, sourceLabel, lockedPrivate, submitLabel, onSubmit, onCancel, onDelete } = props;
  const { register, submit, control, setValue, errors, isSubmitting } = useSavingForm<
    EvidenceFieldsInput,
    EvidenceFields
  >({
    schema: evidenceFieldsSchema,
    defaultValues: initial,
    save: onSubmit,
    strip: 'fields.',
  });
  const isPrivate = useWatch({ control, name: 'private' });
  const chosen = useWatch({ control, name: 'competencyIds' });
  const firstRef = useRef<HTMLTextAreaElement | null>(null);
  // The dialog opens (showModal) after this form mounts, so focus waits a frame.
  useEffect(() => {
    const frame = requestAnimationFrame(() => firstRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  const happened = register('happened');

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Evidence" className="evidence-form">
      <FormError message={errors.root?.message} />
      <p className="evidence-form__source">
        For <strong>{options.personName}</strong> · {sourceLabel ?? EVIDENCE_SOURCE_LABELS.direct}
      </p>
      <TextAreaField
        label="What happened"
        required
        error={errors.happened?.message}
        rows={3}
        {...happened}
        ref={(el) => {
          happened.ref(el);
          firstRef.current = el;
        }}
      />
      <TextAreaField
        label="What it shows"
        error={errors.shows?.message}
        hint="Optional: the behaviour or skill it is evidence of."
        rows={2}
        {...register('shows')}
      />
      <FormDatePicker control={control} name="seenOn" label="Date" required error={errors.seenOn?.message} />
      <CompetencyChoice
        options={options}
        chosen={chosen ?? []}
        error={errors.competencyIds?.message}
        onChange={(ids) => setValue('competencyIds', ids, { shouldValidate: true })}
      />
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            {...register('private')}
            disabled={lockedPrivate}
            aria-describedby="evidence-private-hint"
          />{' '}
          Private
        </label>
        <p id="evidence-private-hint" className="field__hint">
          {lockedPrivate
            ? 'From private notes, so it stays private. A shareable version below is what drafts you share will show.'
            : 'Only you see private evidence; drafts you share leave it out unless it has a shareable version.'}
        </p>
      </div>
      {isPrivate || lockedPrivate ? (
        <TextAreaField
          label="Shareable version"
          error={errors.shareable?.message}
          hint="Optional: the same evidence in words you would share with them."
          rows={2}
          {...register('shareable')}
        />
      ) : null}
      <FormActions submitLabel={submitLabel} busy={isSubmitting} onCancel={onCancel}>
        {onDelete ? <DeleteTwice label="Delete…" confirmLabel="Yes, delete this evidence" onDelete={onDelete} /> : null}
      </FormActions>
    </form>
  );
}
