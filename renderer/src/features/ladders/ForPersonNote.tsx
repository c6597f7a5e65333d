import type { Level } from '#shared/ladders/model';
import type { LadderFor } from './levelFocus';

/**
 * Said above the matrix when it was opened from a person: whose columns are marked and why,
 * or why none is (they sit on another ladder, or have no level yet).
 */
export function ForPersonNote({ name, person, levels }: { name: string; person: LadderFor | null; levels: Level[] }) {
  if (!person) return <p className="ladder-for muted">{name} has no level on this ladder, so no column is marked.</p>;
  const [current, next] = ['current', 'next'].map(
    (mark) => levels.find((l) => person.marks.get(l.id) === mark)?.name ?? null,
  );
  return (
    <p className="ladder-for">
      {name}’s level, <strong>{current}</strong>
      {next ? (
        <>
          , and the next one up, <strong>{next}</strong>, are marked.
        </>
      ) : (
        ' is marked: it is the top of the track.'
      )}
    </p>
  );
}
