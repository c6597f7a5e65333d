import { plural } from '#shared/format';
import { Link } from 'wouter';
import type { Person } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { daysAgo } from './format';
import { meetingWhen } from './time/meetingTimes';
import { useMyZone } from './time/useMyZone';
import { useNextTime } from './nextTimeStore';

/** The 1:1 panel on a person's page. */
export function PersonOneOnOnes({ person }: { person: Person }) {
  const prep = useRequest(() => call('oneOnOnes.prep', { personId: person.id }), person.id);
  const show = useNextTime((s) => s.show);
  const myZone = useMyZone();
  const p = prep.data;
  return (
    <section className="panel" aria-labelledby="person-oneonones">
      <h2 id="person-oneonones">1:1s</h2>
      {p ? (
        <p>
          {p.upcoming ? `Next: ${meetingWhen(p.upcoming.startsAt, myZone, p.person)}. ` : 'No series yet. '}
          Last 1:1: {daysAgo(p.daysSinceLast, 'never')}. {plural(p.openItems.length, 'open item')}.
        </p>
      ) : null}
      <div className="form-actions">
        <Link href={`/one-on-ones/person/${person.id}`} className="button">
          {p?.series ? 'Prepare 1:1' : 'Set up 1:1s'}
        </Link>
        <button type="button" className="button" onClick={() => show(person.id)}>
          Add “next time” topic
        </button>
      </div>
    </section>
  );
}
