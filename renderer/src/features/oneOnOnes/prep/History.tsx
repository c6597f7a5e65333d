import { Link } from 'wouter';
import { call } from '../../../api/client';
import { useRequest } from '../../../api/useRequest';
import { formatWhen, STATUS_LABELS } from '../format';

export function History({ personId, version }: { personId: string; version: string }) {
  const meetings = useRequest(() => call('oneOnOnes.history', { personId }), `${personId}-${version}`);
  if (!meetings.data || meetings.data.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">All 1:1s</h2>
      <ul className="history">
        {meetings.data.map((m) => (
          <li key={m.id}>
            <Link href={`/one-on-ones/meeting/${m.id}`}>{formatWhen(m)}</Link> <span className="badge">{STATUS_LABELS[m.status]}</span>
            {m.movedTo ? <span className="muted"> to {m.movedTo}</span> : null}
            {m.tags.length ? <span className="muted"> · {m.tags.join(', ')}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
