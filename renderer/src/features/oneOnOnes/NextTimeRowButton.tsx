import type { Person } from '#shared/people/model';
import { useNextTime } from './nextTimeStore';

export function NextTimeRowButton({ person }: { person: Person }) {
  const show = useNextTime((s) => s.show);
  return (
    <button
      type="button"
      className="button button--quiet"
      onClick={() => show(person.id)}
      aria-label={`Next time with ${person.name}`}
    >
      Next time…
    </button>
  );
}
