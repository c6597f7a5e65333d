import { Link } from 'wouter';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { CoverageSummary } from './CoverageSummary';
import { DEFAULT_PERIOD, PERIODS, periodStart } from './period';

/**
 * Evidence coverage for the 1:1 prep view: what the last months show for the current and
 * next level, and where there is nothing ("Growing others: nothing since June 2026").
 */
export function EvidencePrepPanel({ personId }: { personId: string }) {
  const from = periodStart(DEFAULT_PERIOD);
  const coverage = useRequest(() => call('evidence.coverage', { personId, from, to: null }), personId);
  const label = PERIODS.find((p) => p.key === DEFAULT_PERIOD)!.label.toLowerCase();
  return (
    <section className="panel" aria-labelledby="evidence-prep-heading">
      <div className="panel__header">
        <h2 id="evidence-prep-heading">Evidence, {label}</h2>
        <Link href={`/people/${personId}`} className="button button--quiet">
          Open the log
        </Link>
      </div>
      {coverage.data ? <CoverageSummary coverage={coverage.data} periodStart={from} /> : null}
    </section>
  );
}
