import { useCallback, useRef } from 'react';
import { formatDate } from '#shared/format';
import { Link, useLocation } from 'wouter';
import { cadenceWords } from '#shared/oneOnOnes/cadence';
import { OVERVIEW_PAGE, type OverviewRow } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useMorePages } from '#renderer/components/useMorePages';
import { useRequest } from '#renderer/api/useRequest';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { EmptyState } from '#renderer/components/EmptyState';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { ShowMore } from '#renderer/components/ShowMore';
import { meetingWhen } from './time/meetingTimes';
import { useMyZone } from './time/useMyZone';
import { useNextTime } from './nextTimeStore';

const NO_ROWS: OverviewRow[] = [];

export function OneOnOnesScreen() {
  const firstPage = useRequest(() => call('oneOnOnes.overview', {}), 'overview');
  const table = useRef<HTMLDivElement>(null);
  // "Show more" puts focus on the first row it added, where reading carries on.
  const focusAdded = useCallback(
    (row: number) => table.current?.querySelectorAll<HTMLElement>('tbody tr')[row]?.querySelector('a')?.focus(),
    [],
  );
  const more = useMorePages(
    firstPage.data?.rows ?? NO_ROWS,
    firstPage.data?.total ?? 0,
    OVERVIEW_PAGE,
    async (offset) => (await call('oneOnOnes.overview', { offset })).rows,
    focusAdded,
  );
  const rows = firstPage.data ? more.items : undefined;
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
      {firstPage.error ? <ErrorMessage error={firstPage.error} /> : null}
      {rows && rows.length === 0 ? (
        <EmptyState
          title="No one to meet yet"
          action={
            <Link href="/people/new" className="button button--primary">
              Add person
            </Link>
          }
        >
          Add the people you manage first; then set up a 1:1 series for each.
        </EmptyState>
      ) : null}
      {rows && rows.length > 0 ? (
        <div ref={table}>
          <DataTable rows={rows} rowKey={(r) => r.personId} columns={columns} caption="1:1 series" />
          <ShowMore
            shown={more.shown}
            total={firstPage.data!.total}
            what="person"
            whatPlural="people"
            next={more.next}
            loading={more.loading}
            onMore={more.loadMore}
          />
        </div>
      ) : null}
    </>
  );
}
