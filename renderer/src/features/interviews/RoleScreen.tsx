import { formatDate } from '#shared/format';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { candidateFieldsSchema } from '#shared/interviews/model';
import { call, RequestError } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { Field } from '#renderer/components/Field';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { RoleSettingsForm } from './RoleSettingsForm';
import { errorText } from '#renderer/api/serverErrors';

const KIND_LABEL = { interview: 'Interview', work_sample: 'Work sample (graded blind)' } as const;

function CandidateForm({ roleId }: { roleId: string }) {
  const notice = useToast();
  const [values, setValues] = useState({ name: '', stage: '', source: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));
  const submit = async () => {
    const parsed = candidateFieldsSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    try {
      const c = await call('interviews.createCandidate', { roleId, fields: parsed.data });
      notice(`Added ${c.name}.`);
      setValues({ name: '', stage: '', source: '' });
    } catch (e) {
      const field = e instanceof RequestError && e.field ? e.field.replace(/^fields\./, '') : 'name';
      setErrors({ [field]: e instanceof RequestError ? e.message : errorText(e) });
    }
  };
  return (
    <form
      className="panel"
      noValidate
      aria-labelledby="new-candidate-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="new-candidate-heading">New candidate</h2>
      <div className="form-grid">
        <Field label="Candidate name" required error={errors.name}>
          {(ids) => <input {...ids} value={values.name} onChange={set('name')} autoComplete="off" />}
        </Field>
        <Field label="Stage" required error={errors.stage} hint="Where they are, e.g. Onsite">
          {(ids) => <input {...ids} value={values.stage} onChange={set('stage')} autoComplete="off" />}
        </Field>
        <Field label="Source" error={errors.source} hint="Referral, agency, inbound…">
          {(ids) => <input {...ids} value={values.source} onChange={set('source')} autoComplete="off" />}
        </Field>
      </div>
      <button type="submit" className="button button--primary">
        Add candidate
      </button>
    </form>
  );
}

export function RoleScreen() {
  const { id } = useParams<{ id: string }>();
  const data = useRequest(
    async () => ({
      role: await call('interviews.getRole', { id }),
      candidates: await call('interviews.listCandidates', { roleId: id }),
    }),
    id,
  );
  if (data.error) return <ErrorMessage error={data.error} />;
  if (!data.data) return null;
  const { role, candidates } = data.data;
  return (
    <>
      <PageHeader
        title={role.title}
        subtitle={`${role.level || 'No level set'} · keeps candidate data ${role.retentionDays ? `${role.retentionDays} days` : 'for the global period'}`}
        actions={
          <>
            <Link href={`/interviews/roles/${role.id}/kits/new`} className="button button--primary">
              New kit
            </Link>
            <Link href="/interviews" className="button">
              All roles
            </Link>
          </>
        }
      />
      <div className="iv-columns">
        <section className="panel" aria-labelledby="competencies-heading">
          <h2 id="competencies-heading">Competencies</h2>
          <ul className="iv-list">
            {role.competencies.map((c) => (
              <li key={c.id}>
                <strong>{c.name}</strong> {c.description ? <span className="muted">— {c.description}</span> : null}
              </li>
            ))}
          </ul>
        </section>
        <section className="panel" aria-labelledby="kits-heading">
          <h2 id="kits-heading">Interview kits</h2>
          {role.kits.length === 0 ? (
            <p className="muted">No kits yet: every stage needs one before scorecards can be written.</p>
          ) : null}
          <ul className="iv-list" aria-label="Kits">
            {role.kits.map((k) => (
              <li key={k.id}>
                <Link href={`/interviews/kits/${k.id}/edit`}>{k.stage}</Link>{' '}
                <span className="muted">
                  · {KIND_LABEL[k.kind]} · version {k.version}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby="candidates-heading">
        <h2 id="candidates-heading">Candidates</h2>
        {candidates.length === 0 ? (
          <p className="muted">No candidates yet.</p>
        ) : (
          <table className="table iv-spaced">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Stage</th>
                <th scope="col">Source</th>
                <th scope="col">Retention</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/interviews/candidates/${c.id}`}>{c.name}</Link>
                  </td>
                  <td>{c.stage}</td>
                  <td>{c.source || '—'}</td>
                  <td>
                    {c.erasureDue ? (
                      <span className="badge iv-badge--alert">Due for erasure</span>
                    ) : (
                      `until ${formatDate(c.retainUntil)}`
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <CandidateForm roleId={role.id} />
      <RoleSettingsForm key={`${role.title}|${role.level}|${role.retentionDays}`} role={role} />
    </>
  );
}
