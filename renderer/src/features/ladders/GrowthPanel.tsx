import { useState } from 'react';
import { formatDate } from '#shared/format';
import { Link } from 'wouter';
import type { AssessmentSummary } from '#shared/ladders/assessment';
import type { Person } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { DataTable, type Column } from '#renderer/components/DataTable';
import { ComparePanel } from './ComparePanel';

const SNAPSHOT_COLUMNS: Column<AssessmentSummary>[] = [
  {
    id: 'date',
    header: 'Date',
    cell: (s) => (
      <Link href={`/assessments/${s.id}`} aria-label={`Assessment of ${formatDate(s.assessedOn)}`}>
        {formatDate(s.assessedOn)}
      </Link>
    ),
  },
  {
    id: 'level',
    header: 'Level',
    cell: (s) => (
      <>
        {s.levelName}{' '}
        <span className="muted">
          · {s.ladderName}, version {s.versionNumber}
        </span>
      </>
    ),
  },
  {
    // In the words of the scale the snapshot was rated on: scales may differ between snapshots.
    id: 'ratings',
    header: 'Ratings',
    // Each count stays whole ("Meeting 3"): a narrow column wraps between counts, never inside one.
    cell: (s) => {
      const counts = s.counts.filter((c) => c.count > 0);
      if (!counts.length) return 'None rated';
      return counts.map((c, i) => (
        <span key={c.step.id}>
          {i ? ' · ' : ''}
          <span className="nowrap">
            {c.step.name} {c.count}
          </span>
        </span>
      ));
    },
  },
  { id: 'evidence', header: 'Evidence', cell: (s) => s.evidence },
];

/**
 * The comparison opens on asking: inline it made the person page some 450 px taller at
 * 1024 px and pushed ladder, evidence and mentoring below it. Its two assessments are read
 * only once it is open.
 */
function CompareDisclosure({ snapshots }: { snapshots: AssessmentSummary[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="growth__compare" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Compare assessments</summary>
      {open ? <ComparePanel snapshots={snapshots} /> : null}
    </details>
  );
}

/** The person page's ladder section: dated assessment snapshots and how they compare. */
export function GrowthPanel({ person }: { person: Person }) {
  const list = useRequest(() => call('assessments.list', { personId: person.id }), person.id);
  const snapshots = list.data ?? [];
  return (
    <section className="panel" aria-labelledby="growth-heading">
      <div className="panel__header">
        <h2 id="growth-heading">Assessments</h2>
        <Link href={`/assessments/new/${person.id}`} className="button">
          New assessment
        </Link>
      </div>
      {snapshots.length === 0 ? (
        <p className="muted">No assessments yet. Rate {person.name} against their level to see where they stand.</p>
      ) : null}
      {snapshots.length ? (
        <DataTable
          rows={snapshots}
          rowKey={(s) => s.id}
          columns={SNAPSHOT_COLUMNS}
          caption="Assessments"
          className="table--short-heads growth-table"
        />
      ) : null}
      {snapshots.length >= 2 ? <CompareDisclosure snapshots={snapshots} /> : null}
    </section>
  );
}
