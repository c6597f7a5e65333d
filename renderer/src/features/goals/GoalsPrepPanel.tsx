import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { GoalCard } from './GoalCard';

/**
 * Stretch goals for the 1:1 prep view: open goals, overdue and stale first, each with its
 * latest check-in and a quick check-in. The 1:1 domain places it in its prep screen.
 */
export function GoalsPrepPanel({ personId }: { personId: string }) {
  const prep = useRequest(() => call('goals.forPrep', { personId }), personId);
  const data = prep.data;
  return (
    <section className="panel" aria-labelledby="goals-prep-heading">
      <h2 id="goals-prep-heading">Stretch goals</h2>
      {data ? (
        <p className="muted">
          {data.open.length} open · {data.dueSoon} due within two weeks · {data.overdue} overdue · {data.stale} without
          a check-in for 30 days
        </p>
      ) : null}
      {data && data.open.length === 0 ? (
        <p className="muted">No open goals. A 1:1 is a good moment to set one.</p>
      ) : null}
      <div className="goal-list">
        {data?.open.map((g) => (
          <GoalCard key={g.id} goal={g} compact />
        ))}
      </div>
    </section>
  );
}
