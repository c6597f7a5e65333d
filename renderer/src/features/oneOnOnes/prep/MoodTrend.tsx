/** Mood over the last meetings as small bars, with the numbers in text for everyone. */
export function MoodTrend({ points }: { points: { date: string; mood: number }[] }) {
  if (points.length === 0) return <span className="muted">No mood recorded yet</span>;
  const summary = points.map((p) => p.mood).join(', ');
  return (
    <span className="mood-trend">
      <span className="mood-trend__bars" aria-hidden="true">
        {points.map((p) => (
          <span
            key={p.date}
            className="mood-trend__bar"
            style={{ height: `${p.mood * 20}%` }}
            title={`${formatDate(p.date)}: ${p.mood}/5`}
          />
        ))}
      </span>
      <span>
        {summary} <span className="muted">(oldest to newest, out of 5)</span>
      </span>
    </span>
  );
}
import { formatDate } from '#shared/format';
