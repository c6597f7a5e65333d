import { useState } from 'react';
import type { Interviewer, InterviewPrefs } from '#shared/interviews/model';
import { call, RequestError } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { Field } from '#renderer/components/Field';
import { useToast } from '#renderer/components/toasts';
import { errorText } from '#renderer/api/serverErrors';

/** Who the manager is on a panel, the global retention period, and the list of panel members. */
export function PanelSettings({ interviewers, prefs }: { interviewers: Interviewer[]; prefs: InterviewPrefs }) {
  const notice = useToast();
  const people = useRequest(() => call('people.list', {}), 'people');
  const [self, setSelf] = useState(prefs.selfInterviewerId ?? '');
  const [days, setDays] = useState(String(prefs.retentionDays));
  const [prefsError, setPrefsError] = useState<{ field: string | undefined; message: string }>();
  const [name, setName] = useState('');
  const [personId, setPersonId] = useState('');
  const [nameError, setNameError] = useState<string>();

  const savePrefs = async () => {
    setPrefsError(undefined);
    try {
      await call('interviews.updatePrefs', { selfInterviewerId: self || null, retentionDays: Number(days) });
      notice('Panel settings saved.');
    } catch (e) {
      setPrefsError({
        field: e instanceof RequestError ? e.field : undefined,
        message: errorText(e),
      });
    }
  };

  const addMember = async () => {
    setNameError(undefined);
    try {
      const created = await call('interviews.createInterviewer', { name, personId: personId || null });
      notice(`Added ${created.name} to the panel list.`);
      setName('');
      setPersonId('');
    } catch (e) {
      setNameError(e instanceof RequestError ? e.message : errorText(e));
    }
  };

  return (
    <div className="iv-columns">
      <section className="panel" aria-labelledby="panel-members-heading">
        <h2 id="panel-members-heading">Panel members</h2>
        {interviewers.length ? (
          <ul className="iv-list" aria-label="Panel members">
            {interviewers.map((i) => (
              <li key={i.id}>
                {i.name}{' '}
                <span className="muted">
                  · {i.scorecardCount} scorecards{i.personId ? ' · on your team' : ''}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No one yet. Add yourself first, then the colleagues who interview with you.</p>
        )}
        <form
          className="iv-inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void addMember();
          }}
        >
          <Field label="Name" required error={nameError}>
            {(ids) => <input {...ids} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
          </Field>
          <Field label="Person on your team" hint="Optional: link to someone in People">
            {(ids) => (
              <select {...ids} value={personId} onChange={(e) => setPersonId(e.target.value)}>
                <option value="">Not linked (typed name)</option>
                {people.data?.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="button">
            Add panel member
          </button>
        </form>
      </section>
      <section className="panel" aria-labelledby="panel-self-heading">
        <h2 id="panel-self-heading">You on the panel</h2>
        <form
          className="settings"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void savePrefs();
          }}
        >
          <Field
            label="I interview as"
            error={prefsError?.field === 'selfInterviewerId' ? prefsError.message : undefined}
            hint="Debriefs stay closed to you until your own scorecard is submitted."
          >
            {(ids) => (
              <select {...ids} value={self} onChange={(e) => setSelf(e.target.value)}>
                <option value="">Not chosen</option>
                {interviewers.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label="Keep candidate data for (days)"
            error={prefsError && prefsError.field !== 'selfInterviewerId' ? prefsError.message : undefined}
            hint="After this, a candidate is flagged for erasure. A role can set its own."
          >
            {(ids) => (
              <input
                {...ids}
                type="number"
                min={30}
                max={3650}
                value={days}
                onChange={(e) => setDays(e.target.value)}
              />
            )}
          </Field>
          <div>
            <button type="submit" className="button">
              Save panel settings
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
