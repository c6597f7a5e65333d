import { useState } from 'react';
import { candidateFieldsSchema, type Candidate } from '#shared/interviews/model';
import { call, RequestError } from '#renderer/api/client';
import { Field } from '#renderer/components/Field';
import { useToast } from '#renderer/components/toasts';
import { errorText } from '#renderer/api/serverErrors';

/** Name, stage and source of a candidate: moving them along is the everyday edit. */
export function CandidateEdit({ candidate }: { candidate: Candidate }) {
  const notice = useToast();
  const [values, setValues] = useState({ name: candidate.name, stage: candidate.stage, source: candidate.source });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));
  const save = async () => {
    const parsed = candidateFieldsSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    try {
      await call('interviews.updateCandidate', { id: candidate.id, fields: parsed.data });
      notice('Candidate saved.');
    } catch (e) {
      const field = e instanceof RequestError && e.field ? e.field.replace(/^fields\./, '') : 'name';
      setErrors({ [field]: errorText(e) });
    }
  };
  return (
    <form
      className="panel"
      noValidate
      aria-labelledby="candidate-edit-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="candidate-edit-heading">Details</h2>
      <div className="form-grid">
        <Field label="Candidate name" required error={errors.name}>
          {(ids) => <input {...ids} value={values.name} onChange={set('name')} autoComplete="off" />}
        </Field>
        <Field label="Stage" required error={errors.stage}>
          {(ids) => <input {...ids} value={values.stage} onChange={set('stage')} autoComplete="off" />}
        </Field>
        <Field label="Source" error={errors.source}>
          {(ids) => <input {...ids} value={values.source} onChange={set('source')} autoComplete="off" />}
        </Field>
      </div>
      <button type="submit" className="button">
        Save details
      </button>
    </form>
  );
}
