import { formatDate } from '#shared/format';
import { Link } from 'wouter';
import type { Person } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ComparePanel } from './ComparePanel';

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
        <table className="table table--short-heads growth-table">
          <caption className="visually-hidden">Assessment snapshots</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Level</th>
              <th scope="col">Ratings</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link href={`/assessments/${s.id}`} aria-label={`Assessment of ${formatDate(s.assessedOn)}`}>
                    {formatDate(s.assessedOn)}
                  </Link>
                </td>
                <td>
                  {s.levelName}{' '}
                  <span className="muted">
                    ({s.ladderName}, v{s.versionNumber})
                  </span>
                </td>
                {/* In the words of the scale the snapshot was rated on: scales may differ between snapshots. */}
                <td>
                  {s.counts
                    .filter((c) => c.count > 0)
                    .map((c) => `${c.step.name} ${c.count}`)
                    .join(' · ') || 'None rated'}
                </td>
                <td>{s.evidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {snapshots.length >= 2 ? (
        <>
          <h3>Compare snapshots</h3>
          <ComparePanel snapshots={snapshots} />
        </>
      ) : null}
    </section>
  );
}
