import { formatNumber } from '#shared/format';
import { useState } from 'react';
import { Link } from 'wouter';
import { emptyPreferences, type Preferences } from '#shared/mentoring/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { EmptyState } from '#renderer/components/EmptyState';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { Modal } from '#renderer/components/Modal';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { ImportPreferences } from './ImportPreferences';
import { PreferencesForm, toFormValues } from './PreferencesForm';
import { Topics } from './Topics';

function wants(p: Preferences): string {
  return [p.wantsToMentor ? 'To mentor' : '', p.wantsMentor ? 'A mentor' : ''].filter(Boolean).join(', ') || 'Neither';
}

const PREFERENCE_COLUMNS: Column<Preferences>[] = [
  {
    id: 'person',
    header: 'Person',
    className: 'nowrap',
    cell: (p) => <Link href={`/people/${p.personId}`}>{p.name}</Link>,
  },
  { id: 'wants', header: 'Wants', className: 'nowrap', cell: wants },
  { id: 'strengths', header: 'Strengths', cell: (p) => <Topics topics={p.strengths} /> },
  { id: 'interests', header: 'Wants to grow in', cell: (p) => <Topics topics={p.interests} /> },
  {
    id: 'capacity',
    // "1 of 2": mentees now, of as many as they will take.
    header: 'Mentees',
    className: 'nowrap',
    cell: (p) => (p.wantsToMentor ? `${formatNumber(p.openMentees)} of ${formatNumber(p.capacity)}` : '—'),
  },
];

const MANAGER_COLUMN: Column<Preferences> = { id: 'manager', header: 'Manager', cell: (p) => p.managerName ?? '' };

/** The Manager column only when someone's manager is recorded: a column of blanks looked unfinished. */
const columnsFor = (rows: readonly Preferences[]) =>
  rows.some((p) => p.managerName) ? [...PREFERENCE_COLUMNS, MANAGER_COLUMN] : PREFERENCE_COLUMNS;

/** Who wants to mentor or be mentored, their strengths, interests and capacity. */
export function PreferencesScreen() {
  const notice = useToast();
  const prefs = useRequest(() => call('mentoring.listPreferences', {}), 'prefs');
  const empty = prefs.data?.length === 0;
  const [editing, setEditing] = useState<{ personId: string; fixed: boolean; values: Preferences | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const addNew = () => setEditing({ personId: '', fixed: false, values: null });

  return (
    <>
      <PageHeader
        title="Mentoring preferences"
        subtitle={
          <>
            Who mentors, who wants a mentor · <Link href="/mentoring">Back to pairs</Link>
          </>
        }
        // With none yet the empty state below offers both: one primary action per screen, each button once.
        actions={
          empty ? null : (
            <button type="button" className="button" onClick={() => setImporting(true)}>
              Import from CSV…
            </button>
          )
        }
        primary={
          empty ? null : (
            <button type="button" className="button button--primary" onClick={addNew}>
              Add preferences…
            </button>
          )
        }
      />
      {prefs.error ? <ErrorMessage error={prefs.error} /> : null}
      {empty ? (
        <EmptyState
          title="No preferences yet"
          action={
            <>
              <button type="button" className="button button--primary" onClick={addNew}>
                Add preferences…
              </button>
              <button type="button" className="button" onClick={() => setImporting(true)}>
                Import from CSV…
              </button>
            </>
          }
        >
          <p>
            Record who wants to mentor and who wants a mentor — by hand or from a CSV file — to get match suggestions.
          </p>
        </EmptyState>
      ) : null}
      {prefs.data?.length ? (
        <DataTable
          rows={prefs.data}
          rowKey={(p) => p.personId}
          columns={columnsFor(prefs.data)}
          caption="Mentoring preferences"
          className="mentoring-table"
          rowActions={(p) => ({
            label: `Actions for ${p.name}`,
            actions: [
              {
                id: 'edit',
                label: 'Edit preferences…',
                onAction: () => setEditing({ personId: p.personId, fixed: true, values: p }),
              },
            ],
          })}
        />
      ) : null}
      <Modal title="Import preferences from CSV" open={importing} onClose={() => setImporting(false)} size="wide">
        {importing ? (
          <ImportPreferences onImported={() => setImporting(false)} onCancel={() => setImporting(false)} />
        ) : null}
      </Modal>
      <Modal title="Mentoring preferences" open={editing !== null} onClose={() => setEditing(null)}>
        {editing ? (
          <PreferencesForm
            initial={toFormValues(editing.personId, editing.values ?? emptyPreferences)}
            fixedPerson={editing.fixed}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              notice('Preferences saved.');
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}
