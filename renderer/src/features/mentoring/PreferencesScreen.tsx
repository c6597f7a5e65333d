import { useState } from 'react';
import { Link } from 'wouter';
import { emptyPreferences, type Preferences } from '#shared/mentoring/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { EmptyState } from '#renderer/components/EmptyState';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { Modal } from '#renderer/components/Modal';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { ImportPreferences } from './ImportPreferences';
import { PreferencesForm, toFormValues } from './PreferencesForm';

function wants(p: Preferences): string {
  return [p.wantsToMentor ? 'To mentor' : '', p.wantsMentor ? 'A mentor' : ''].filter(Boolean).join(', ') || 'Neither';
}

/** Who wants to mentor or be mentored, their strengths, interests and capacity. */
export function PreferencesScreen() {
  const notice = useToast();
  const prefs = useRequest(() => call('mentoring.listPreferences', {}), 'prefs');
  const people = useRequest(() => call('people.list', {}), 'people');
  const [editing, setEditing] = useState<{ personId: string; fixed: boolean; values: Preferences | null } | null>(null);

  return (
    <>
      <PageHeader
        title="Mentoring preferences"
        actions={
          <>
            <button
              type="button"
              className="button button--primary"
              onClick={() => setEditing({ personId: '', fixed: false, values: null })}
            >
              Add preferences
            </button>
            <Link href="/mentoring" className="button">
              Back to pairs
            </Link>
          </>
        }
      />
      {prefs.error ? <ErrorMessage error={prefs.error} /> : null}
      {prefs.data && prefs.data.length === 0 ? (
        <EmptyState title="No preferences yet">
          <p>
            Record who wants to mentor and who wants a mentor — by hand or from a CSV file — to get match suggestions.
          </p>
        </EmptyState>
      ) : null}
      {prefs.data?.length ? (
        <table className="table mentoring-table">
          <caption className="visually-hidden">Mentoring preferences</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Wants</th>
              <th scope="col">Strengths</th>
              <th scope="col">Wants to grow in</th>
              <th scope="col">Mentees / capacity</th>
              <th scope="col">Manager</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {prefs.data.map((p) => (
              <tr key={p.personId}>
                <td>
                  <Link href={`/people/${p.personId}`}>{p.name}</Link>
                </td>
                <td>{wants(p)}</td>
                <td>{p.strengths.join(', ')}</td>
                <td>{p.interests.join(', ')}</td>
                <td>{p.wantsToMentor ? `${p.openMentees} / ${p.capacity}` : '—'}</td>
                <td>{p.managerName ?? ''}</td>
                <td>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={`Edit preferences of ${p.name}`}
                    onClick={() => setEditing({ personId: p.personId, fixed: true, values: p })}
                  >
                    Edit
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="section-gap">
        <ImportPreferences onImported={prefs.reload} />
      </div>
      <Modal title="Mentoring preferences" open={editing !== null} onClose={() => setEditing(null)}>
        {editing && people.data ? (
          <PreferencesForm
            initial={toFormValues(editing.personId, editing.values ?? emptyPreferences)}
            people={people.data}
            fixedPerson={editing.fixed}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              notice('Preferences saved.');
              prefs.reload();
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}
