import { formatDate, plural } from '#shared/format';
import { Link } from 'wouter';
import type { Person } from '#shared/people/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { meetingWhen } from './time/meetingTimes';
import { useMyZone } from './time/useMyZone';
import { useNextTime } from './nextTimeStore';

/** The 1:1 panel on a person's page. */
export function PersonOneOnOnes({ person }: { person: Person }) {
  const prep = useRequest(() => call('oneOnOnes.prep', { personId: person.id }), person.id);
  const show = useNextTime((s) => s.show);
  // Next and last 1:1 are in the page header; this section is about what to talk about.
  const myZone = useMyZone();
  const p = prep.data;
  return (
    <section className="panel" aria-labelledby="person-oneonones">
      <h2 id="person-oneonones">1:1s</h2>
      {p ? (
        <p>
          {p.upcoming
            ? `${plural(p.openItems.length, 'open item')} for the next 1:1, ${meetingWhen(p.upcoming.startsAt, myZone, p.person)}.`
            : `No 1:1 series yet${p.openItems.length ? `; ${plural(p.openItems.length, 'open item')} waiting` : ''}.`}{' '}
          {p.lastMeeting ? (
            <>
              Last notes:{' '}
              <Link href={`/one-on-ones/meeting/${p.lastMeeting.id}`}>{formatDate(p.lastMeeting.date)}</Link>.
            </>
          ) : null}
        </p>
      ) : null}
      <div className="form-actions">
        <Link href={`/one-on-ones/person/${person.id}`} className="button">
          {p?.series ? 'Prepare the next 1:1' : 'Set up 1:1s'}
        </Link>
        <button type="button" className="button" onClick={() => show(person.id)}>
          Add “next time” topic
        </button>
      </div>
    </section>
  );
}
