import type { PairHealth } from '#shared/mentoring/health';
import { PAIR_STATUS_LABELS, type PairStatus } from '#shared/mentoring/status';

const SEVERE = new Set(['not_a_fit', 'quiet', 'never_met', 'overdue', 'past_end']);

/**
 * A pair's health flags as text badges (never colour alone), or a quiet "on track". Only active
 * pairs are checked: any other says its status instead ("Paused"), which is its health too.
 */
export function HealthFlags({ health, status }: { health: PairHealth; status: PairStatus }) {
  if (status !== 'active') return <span className="muted">{PAIR_STATUS_LABELS[status]}</span>;
  if (!health.flags.length) return <span className="flag flag--ok">On track</span>;
  return (
    <ul className="flags">
      {health.flags.map((f) => (
        <li key={f.kind} className={`flag ${SEVERE.has(f.kind) ? 'flag--alert' : 'flag--warn'}`}>
          {f.message}
        </li>
      ))}
    </ul>
  );
}
