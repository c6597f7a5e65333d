import { formatDate } from '#shared/format';
import { Link, useLocation } from 'wouter';
import { cadenceWords } from '#shared/oneOnOnes/cadence';
import type { OverviewRow } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { EmptyState } from '#renderer/components/EmptyState';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { meetingWhen } from './time/meetingTimes';
import { useMyZone } from './time/useMyZone';
import { useNextTime } from './nextTimeStore';

export function OneOnOnesScreen() {
  const rows = useRequest(() => call('oneOnOnes.overview', {}), 'overview');
  const showNextTime = useNextTime((s) => s.show);
  const myZone = useMyZone();
  const [, navigate] = useLocation();
  const columns: Column<OverviewRow>[] = [
    {
      id: 'person',
      header: 'Person',
      cell: (r) => <Link href={`/one-on-ones/person/${r.personId}`}>{r.personName}</Link>,
    },
    {
      id: 'cadence',
      header: 'Cadence',
      cell: (r) => (r.series ? cadenceWords(r.series) : <span className="muted">No series yet</span>),
    },
    {
      id: 'next',
      header: 'Next 1:1',
      cell: (r) =>
        r.upcoming ? (
          <Link href={`/one-on-ones/meeting/${r.upcoming.id}`}>
            {meetingWhen(r.upcoming.startsAt, myZone, r.person)}
          </Link>
        ) : (
          '—'
        ),
    },
    {
      id: 'last',
      header: 'Last held',
      cell: (r) => (r.lastHeld ? formatDate(r.lastHeld) : <span className="muted">Never</span>),
    },
    { id: 'open', header: 'Open items', cell: (r) => r.openItems },
  ];
  return (
    <>
      <PageHeader
        title="1:1s"
        subtitle="Every active person, their cadence and the next meeting."
        actions={
          <Link href="/one-on-ones/search" className="button">
            Search notes
          </Link>
        }
        more={[
          // Also on Ctrl+Shift+Y from anywhere, which the item says.
          { id: 'next-time', label: 'Add “next time” topic (Ctrl+Shift+Y)', onAction: () => showNextTime() },
          { id: 'templates', label: 'Templates', onAction: () => navigate('/one-on-ones/templates') },
          { id: 'questions', label: 'Question bank', onAction: () => navigate('/one-on-ones/questions') },
          {
            id: 'import-calendar',
            label: 'Import from calendar…',
            onAction: () => navigate('/one-on-ones/import-calendar'),
          },
        ]}
      />
      {rows.error ? <ErrorMessage error={rows.error} /> : null}
      {rows.data && rows.data.length === 0 ? (
        <EmptyState
          title="No one to meet yet"
          action={
            <Link href="/people/new" className="button button--primary">
              Add a person
            </Link>
          }
        >
          Add the people you manage first; then set up a 1:1 series for each.
        </EmptyState>
      ) : null}
      {rows.data && rows.data.length > 0 ? (
        <DataTable rows={rows.data} rowKey={(r) => r.personId} columns={columns} caption="1:1 series" />
      ) : null}
    </>
  );
}
