import { Link, useLocation } from 'wouter';
import type { LadderSummary } from '#shared/ladders/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { EmptyState } from '#renderer/components/EmptyState';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';

const LADDER_COLUMNS: Column<LadderSummary>[] = [
  { id: 'name', header: 'Ladder', cell: (l) => <Link href={`/ladders/${l.id}`}>{l.name}</Link> },
  { id: 'version', header: 'Version', cell: (l) => l.versionNumber },
  { id: 'levels', header: 'Levels', cell: (l) => l.levels },
  { id: 'competencies', header: 'Competencies', cell: (l) => l.competencies },
  { id: 'assessments', header: 'Assessments', cell: (l) => l.assessments },
  { id: 'source', header: 'Source', className: 'muted', cell: (l) => l.source },
];

function StartingPoints({ onAdded }: { onAdded: (id: string) => void }) {
  const builtIn = useRequest(() => call('ladders.builtIn', {}), 'builtIn');
  const notice = useToast();
  const add = async (key: string) => {
    try {
      const ladder = await call('ladders.addBuiltIn', { key });
      notice(`Added ${ladder.name}.`);
      onAdded(ladder.id);
    } catch (e) {
      notice(e instanceof Error ? e.message : String(e), 'error');
    }
  };
  if (!builtIn.data?.length) return null;
  return (
    <section className="panel starting-points" aria-labelledby="starting-points">
      <h2 id="starting-points">Starting points</h2>
      <p className="muted">Ladders written for Cairn. Add one, then edit it to fit your organisation.</p>
      <ul className="starter-list">
        {builtIn.data.map((b) => (
          <li key={b.key} className="starter-list__item">
            <div>
              <h3>{b.name}</h3>
              <p className="muted">{b.description}</p>
            </div>
            <button type="button" className="button" onClick={() => void add(b.key)} aria-label={`Add ${b.name}`}>
              Add
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function LaddersScreen() {
  const ladders = useRequest(() => call('ladders.list', {}), 'ladders');
  const [, navigate] = useLocation();
  const list = ladders.data ?? [];
  const empty = ladders.status === 'ready' && list.length === 0;
  const importLink = (
    <Link href="/ladders/import" className="button button--primary">
      Import a ladder
    </Link>
  );
  return (
    <>
      {/* One primary action: in the header, or in the empty state while there is no ladder. */}
      <PageHeader title="Ladders" actions={empty ? null : importLink} />
      {ladders.error ? <ErrorMessage error={ladders.error} /> : null}
      {empty ? (
        <EmptyState title="No ladders yet" action={importLink}>
          Import the ladder your company already keeps (a spreadsheet saved as CSV, Cairn JSON or YAML, the Financial
          Times or Monzo formats), or start from one of Cairn&apos;s below.
        </EmptyState>
      ) : null}
      {list.length > 0 ? (
        <DataTable
          rows={list}
          rowKey={(l) => l.id}
          columns={LADDER_COLUMNS}
          caption="Your ladders"
          className="ladder-list"
        />
      ) : null}
      <StartingPoints onAdded={(id) => navigate(`/ladders/${id}`)} />
    </>
  );
}
