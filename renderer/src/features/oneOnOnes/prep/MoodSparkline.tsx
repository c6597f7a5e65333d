import { formatDate } from '#shared/format';

const WIDTH = 128;
const HEIGHT = 36;
const PAD = 4;
const MOOD_MAX = 5;

/** x by date, so a month without a 1:1 reads as a gap rather than as the next week. */
function layout(points: { date: string; mood: number }[]) {
  const times = points.map((p) => Date.parse(p.date));
  const first = times[0]!;
  const span = times.at(-1)! - first || 1;
  return points.map((p, i) => ({
    ...p,
    x: points.length === 1 ? WIDTH / 2 : PAD + ((times[i]! - first) / span) * (WIDTH - 2 * PAD),
    y: PAD + (1 - (p.mood - 1) / (MOOD_MAX - 1)) * (HEIGHT - 2 * PAD),
  }));
}

/**
 * Mood over the last held 1:1s as a line against time. The drawing is one image whose text
 * alternative lists every dated value; the latest value and the span are also visible text.
 */
export function MoodSparkline({ points }: { points: { date: string; mood: number }[] }) {
  if (points.length === 0) return <span className="muted">No mood recorded yet</span>;
  const laid = layout(points);
  const latest = points.at(-1)!;
  const spoken = points.map((p) => `${p.mood} on ${formatDate(p.date)}`).join('; ');
  return (
    <span className="mood-spark">
      <svg
        className="mood-spark__chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={`Mood out of ${MOOD_MAX}, oldest to newest: ${spoken}`}
      >
        <line className="mood-spark__mid" x1={0} x2={WIDTH} y1={HEIGHT / 2} y2={HEIGHT / 2} />
        <polyline className="mood-spark__line" points={laid.map((p) => `${p.x},${p.y}`).join(' ')} />
        {laid.map((p, i) => (
          <circle
            key={p.date}
            className={i === laid.length - 1 ? 'mood-spark__dot mood-spark__dot--latest' : 'mood-spark__dot'}
            cx={p.x}
            cy={p.y}
            r={i === laid.length - 1 ? 3 : 2}
          />
        ))}
      </svg>
      <span className="mood-spark__caption">
        <strong>
          {latest.mood}/{MOOD_MAX}
        </strong>{' '}
        <span className="muted">
          on {formatDate(latest.date)}
          {points.length > 1 ? ` · since ${formatDate(points[0]!.date)}` : ''}
        </span>
      </span>
    </span>
  );
}
