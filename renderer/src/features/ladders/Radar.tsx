import { RATINGS, type Rating } from '#shared/ladders/model';

interface Series {
  label: string;
  className: string;
  values: (Rating | null)[];
}

const SIZE = 420;
const CENTER = SIZE / 2;
const RADIUS = 110;

function point(i: number, n: number, r: number): [number, number] {
  const angle = (Math.PI * 2 * i) / n - Math.PI / 2;
  return [CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle)];
}

const level = (r: Rating | null) => (r === null ? 0 : RATINGS.indexOf(r) + 1);

/**
 * A radar of ratings: one axis per competency, rings for working towards, meeting and
 * exceeding. Decorative for screen readers: the table beside it carries the same data.
 */
export function Radar({ axes, series }: { axes: string[]; series: Series[] }) {
  const n = axes.length;
  if (n < 3) return null;
  const ring = (k: number) =>
    axes
      .map((_, i) => point(i, n, (RADIUS * k) / 3))
      .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
      .join(' ');
  return (
    <figure className="radar">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-label="Radar chart of the ratings; the table has the same figures"
      >
        {[1, 2, 3].map((k) => (
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
              .map((v, i) => point(i, n, (RADIUS * level(v)) / 3))
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
