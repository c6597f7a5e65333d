import type { Person } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { Link } from 'wouter';

/** Where the person sits on their ladder, by name rather than by the ladder's keys. */
export function PlacementPanel({ person }: { person: Person }) {
  const ladder = useRequest(
    () => (person.ladderId ? call('ladders.get', { id: person.ladderId }) : Promise.resolve(undefined)),
    person.ladderId ?? '',
  );
  const l = ladder.data;
  if (!person.ladderId || !l) return null;
  const track = l.outline.tracks.find((t) => t.id === person.track)?.name;
  const level = person.level ? l.outline.levels.find((x) => x.id === person.level)?.name : undefined;
  return (
    <section className="panel" aria-labelledby="placement-heading">
      <h2 id="placement-heading">Ladder</h2>
      <p>
        {/* Opened for the person: their level and the next one are marked in the matrix. */}
        <Link href={`/ladders/${l.id}/for/${person.id}`}>{l.name}</Link>
        {track ? ` · ${track}` : ''}
        {level ? ` · ${level}` : ' · no level set'}
      </p>
    </section>
  );
}
