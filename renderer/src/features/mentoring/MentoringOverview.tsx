import { useCallback, useMemo, useRef } from 'react';
import { formatDate, formatNumber, plural, pluralWord } from '#shared/format';
import { Link, useLocation } from 'wouter';
import { cadenceLabel, ENDED_PAIRS_PAGE, type PairSummary } from '#shared/mentoring/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { EmptyState } from '#renderer/components/EmptyState';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { ShowMore } from '#renderer/components/ShowMore';
import { useMorePages } from '#renderer/components/useMorePages';
import { HealthFlags } from './HealthFlags';

const PAIR_COLUMNS: Column<PairSummary>[] = [
  {
    id: 'pair',
    // Says which way the arrow in each row points.
    header: 'Mentor → mentee',
    cell: (p) => (
      <>
        <Link href={`/mentoring/pairs/${p.id}`}>
          {p.mentor.name} → {p.mentee.name}
        </Link>
        {p.focusAreas.length ? <div className="muted">{p.focusAreas.map((f) => f.name).join(', ')}</div> : null}
      </>
    ),
  },
  { id: 'cadence', header: 'Cadence', className: 'nowrap', cell: (p) => cadenceLabel(p.cadenceDays) },
  {
    id: 'last',
    header: 'Last session',
    className: 'nowrap',
    cell: (p) => (p.lastSessionDate ? formatDate(p.lastSessionDate) : 'Never met'),
  },
  {
    id: 'health',
    // Also where the status goes when it is not "Active": a column saying "Active" on every open row squeezed the names.
    header: 'Health',
    className: 'pairs-table__health',
    cell: (p) => <HealthFlags health={p.health} status={p.status} />,
  },
];

export function PairsTable({ pairs, caption }: { pairs: readonly PairSummary[]; caption: string }) {
  return (
    <DataTable
      rows={pairs}
      rowKey={(p) => p.id}
      columns={PAIR_COLUMNS}
      caption={caption}
      className="mentoring-table"
      rowClassName={(p) => (p.health.urgency > 0 ? 'pair-row--attention' : undefined)}
    />
  );
}

/** "2 open pairs · 1 needs attention", or that all are on track: never "0 need attention". */
function healthLine(open: number, attention: number): string {
  const state =
    attention === 0
      ? open === 1
        ? 'on track'
        : 'all on track'
      : `${formatNumber(attention)} ${pluralWord(attention, 'needs', 'need')} attention`;
  return `${plural(open, 'open pair')} · ${state}`;
}

export function MentoringOverview() {
  const [, navigate] = useLocation();
  const overview = useRequest(() => call('mentoring.overview', {}), 'overview');
  const data = overview.data;
  const pairs = useMemo(() => data?.pairs ?? [], [data]);
  const attention = pairs.filter((p) => p.health.urgency > 0).length;
  const open = pairs.filter((p) => p.status !== 'ended');
  const firstEnded = useMemo(() => pairs.filter((p) => p.status === 'ended'), [pairs]);
  const endedSection = useRef<HTMLElement>(null);
  // "Show more" puts focus on the first pair it added, where reading carries on.
  const focusAdded = useCallback(
    (row: number) => endedSection.current?.querySelectorAll('tbody tr')[row]?.querySelector('a')?.focus(),
    [],
  );
  const ended = useMorePages(
    firstEnded,
    data?.endedTotal ?? 0,
    ENDED_PAIRS_PAGE,
    (offset) => call('mentoring.endedPairs', { offset }),
    focusAdded,
  );

  return (
    <>
      <PageHeader
        title="Mentoring"
        subtitle={overview.data && open.length > 0 ? healthLine(open.length, attention) : undefined}
        // With no pair yet the empty state below offers "Create the first pair": one primary action per screen.
        primary={
          overview.data && pairs.length === 0 ? null : (
            <Link href="/mentoring/pairs/new" className="button button--primary">
              New pair
            </Link>
          )
        }
        actions={
          <Link href="/mentoring/suggest" className="button">
            Find a mentor
          </Link>
        }
        more={[
          { id: 'group', label: 'Group proposal', onAction: () => navigate('/mentoring/group') },
          { id: 'preferences', label: 'Preferences', onAction: () => navigate('/mentoring/preferences') },
        ]}
      />
      {overview.error ? <ErrorMessage error={overview.error} /> : null}
      {overview.data && pairs.length === 0 ? (
        <EmptyState
          title="No mentoring pairs yet"
          action={
            <Link href="/mentoring/pairs/new" className="button button--primary">
              Create the first pair
            </Link>
          }
        >
          <p>
            Pair a mentor with a mentee, agree how often they meet, and Cairn tells you when a pair is overdue, has gone
            quiet or is near its planned end.
          </p>
        </EmptyState>
      ) : null}
      {open.length ? (
        <section aria-labelledby="open-pairs-heading">
          <h2 id="open-pairs-heading">Open pairs, most urgent first</h2>
          <PairsTable pairs={open} caption="Open mentoring pairs" />
        </section>
      ) : null}
      {ended.items.length ? (
        <section aria-labelledby="ended-pairs-heading" className="section-gap" ref={endedSection}>
          <h2 id="ended-pairs-heading">Ended pairs</h2>
          <PairsTable pairs={ended.items} caption="Ended mentoring pairs" />
          <ShowMore
            shown={ended.shown}
            total={data?.endedTotal ?? 0}
            what="ended pair"
            next={ended.next}
            loading={ended.loading}
            onMore={ended.loadMore}
          />
        </section>
      ) : null}
    </>
  );
}
