interface Series {
  label: string;
  className: string;
  /** Per axis, how far up the scale: 0 (not rated) to 1 (the top step). */
  values: number[];
}

const SIZE = 420;
const CENTER = SIZE / 2;
const RADIUS = 110;

function point(i: number, n: number, r: number): [number, number] {
  const angle = (Math.PI * 2 * i) / n - Math.PI / 2;
  return [CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle)];
}

/**
 * A radar of ratings: one axis per competency, one ring per step of the scale. Decorative for
 * screen readers: the table beside it carries the same data.
 */
export function Radar({ axes, rings, series }: { axes: string[]; rings: number; series: Series[] }) {
  const n = axes.length;
  if (n < 3) return null;
  const ring = (k: number) =>
    axes
      .map((_, i) => point(i, n, (RADIUS * k) / rings))
      .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
      .join(' ');
  return (
    <figure className="radar">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-label="Radar chart of the ratings; the table has the same figures"
      >
        {Array.from({ length: rings }, (_, k) => k + 1).map((k) => (
          <polygon key={k} points={ring(k)} className="radar__ring" />
        ))}
        {axes.map((name, i) => {
          const [x, y] = point(i, n, RADIUS);
          const [lx, ly] = point(i, n, RADIUS + 18);
          return (
            <g key={name}>
              <line x1={CENTER} y1={CENTER} x2={x} y2={y} className="radar__axis" />
              <text
                x={lx}
                y={ly}
                className="radar__label"
                textAnchor={lx < CENTER - 5 ? 'end' : lx > CENTER + 5 ? 'start' : 'middle'}
                dominantBaseline="middle"
              >
                {name.length > 18 ? `${name.slice(0, 17)}…` : name}
              </text>
            </g>
          );
        })}
        {series.map((s) => (
          <polygon
            key={s.label}
            className={`radar__series ${s.className}`}
            points={s.values
              .map((v, i) => point(i, n, RADIUS * v))
              .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
              .join(' ')}
          />
        ))}
      </svg>
      <figcaption className="radar__legend">
        {series.map((s) => (
          <span key={s.label} className="radar__key">
            <span className={`radar__swatch ${s.className}`} aria-hidden="true" /> {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
