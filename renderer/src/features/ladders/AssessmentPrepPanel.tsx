import { formatDate } from '#shared/format';
import { Link } from 'wouter';
import { readiness } from '#shared/ladders/readiness';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';

/**
 * The latest assessment's gaps, for the 1:1 prep view: where the person is still growing
 * into their level, and where they already show the next one. The 1:1 domain places it.
 */
export function AssessmentPrepPanel({ personId }: { personId: string }) {
  const latest = useRequest(async () => {
    const [newest] = await call('assessments.list', { personId });
    return newest ? call('assessments.get', { id: newest.id }) : null;
  }, personId);
  const a = latest.data;
  return (
    <section className="panel prep-brief__panel" aria-labelledby="assessment-prep-heading">
      <h2 id="assessment-prep-heading">Latest assessment</h2>
      {latest.status === 'ready' && !a ? <p className="muted">Not assessed yet.</p> : null}
      {a
        ? (() => {
            const r = readiness(a);
            return (
              <>
                <p>
                  <Link href={`/assessments/${a.id}`}>{formatDate(a.assessedOn)}</Link>: {r.summary}
                </p>
                {r.gaps.length ? (
                  <>
                    <h3>Growing into {r.levelName}</h3>
                    <ul aria-label="Gaps">
                      {r.gaps.map((g) => (
                        <li key={g.competencyId}>{g.name}</li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p className="muted">No competency rated below {r.levelName}.</p>
                )}
              </>
            );
          })()
        : null}
    </section>
  );
}
