import { Link } from 'wouter';
import { useCallback, useRef } from 'react';
import { PEOPLE_PAGE, RELATIONSHIP_LABELS, RELATIONSHIPS, type Person, type Relationship } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { EmptyState } from '#renderer/components/EmptyState';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { ShowMore } from '#renderer/components/ShowMore';
import { useMorePages } from '#renderer/components/useMorePages';
import { FirstRunEmptyState } from '../sample/FirstRunEmptyState';
import { SampleBanner } from '../sample/SampleControls';
import { toQuery, usePeopleFilters } from './filters';
import { PeopleTable, type PeopleTableHandle } from './PeopleTable';
import { LabelledOptions, NamedOptions } from '#renderer/components/LabelledOptions';
import { SelectField, TextField } from '#renderer/components/InputFields';

const NO_PEOPLE: Person[] = [];

export function PeopleScreen() {
  const filters = usePeopleFilters();
  const query = toQuery(filters);
  const firstPage = useRequest(() => call('people.page', { ...query, offset: 0 }), JSON.stringify(query));
  const table = useRef<PeopleTableHandle>(null);
  // "Show more" puts focus on the first person it added, where reading carries on.
  const focusAdded = useCallback((row: number) => table.current?.focusRow(row), []);
  const more = useMorePages(
    firstPage.data?.people ?? NO_PEOPLE,
    firstPage.data?.total ?? 0,
    PEOPLE_PAGE,
    async (offset) => (await call('people.page', { ...query, offset })).people,
    focusAdded,
  );
  const teams = useRequest(() => call('teams.list', {}), 'teams');
  const filtered =
    filters.search !== '' || filters.team !== '' || filters.relationship !== '' || filters.status !== 'active';
  const firstRun = firstPage.status === 'ready' && firstPage.data.total === 0 && !filtered;

  return (
    <>
      <PageHeader
        title="People"
        // With no one yet the first-run state below offers "Add your first person": one primary action per screen.
        primary={
          firstRun ? null : (
            <Link href="/people/new" className="button button--primary">
              Add person
            </Link>
          )
        }
      />
      <SampleBanner />
      <form className="filters" role="search" aria-label="Filter people" onSubmit={(e) => e.preventDefault()}>
        <TextField
          label="Search"
          id="people-search"
          type="search"
          placeholder="Name or role"
          value={filters.search}
          onChange={(e) => filters.set({ search: e.target.value })}
        />
        <SelectField
          label="Team"
          id="people-team"
          value={filters.team}
          onChange={(e) => filters.set({ team: e.target.value })}
        >
          <option value="">Any team</option>
          <option value="none">No team</option>
          <NamedOptions items={teams.data ?? []} />
        </SelectField>
        <SelectField
          label="Relationship"
          id="people-relationship"
          value={filters.relationship}
          onChange={(e) => filters.set({ relationship: e.target.value as Relationship | '' })}
        >
          <option value="">Any relationship</option>
          <LabelledOptions values={RELATIONSHIPS} labels={RELATIONSHIP_LABELS} />
        </SelectField>
        <SelectField
          label="Status"
          id="people-status"
          value={filters.status}
          onChange={(e) => filters.set({ status: e.target.value as 'active' | 'left' | 'all' })}
        >
          <option value="active">Active</option>
          <option value="left">Left (archived)</option>
          <option value="all">Everyone</option>
        </SelectField>
        {filtered ? (
          <button type="button" className="button button--quiet" onClick={filters.reset}>
            Clear filters
          </button>
        ) : null}
      </form>
      {firstPage.error ? <ErrorMessage error={firstPage.error} /> : null}
      {firstPage.data && more.items.length > 0 ? (
        <>
          <PeopleTable people={more.items} ref={table} />
          <ShowMore
            shown={more.shown}
            total={firstPage.data.total}
            what="person"
            whatPlural="people"
            next={more.next}
            loading={more.loading}
            onMore={more.loadMore}
          />
        </>
      ) : null}
      {firstPage.status === 'ready' && firstPage.data.total === 0 ? (
        filtered ? (
          <EmptyState title="No one matches">
            <p>No person matches these filters. Clear them to see everyone.</p>
          </EmptyState>
        ) : (
          <FirstRunEmptyState />
        )
      ) : null}
    </>
  );
}
