import { Link } from 'wouter';
import type { HomeMeeting } from '#shared/home/model';
import { STATUS_LABELS } from '../oneOnOnes/format';
import { formatDate, plural } from '#shared/format';

/** What is ready for a 1:1, in words (never colour alone). */
function PrepFacts({ m }: { m: HomeMeeting }) {
  const agenda = m.agendaFromMe + m.agendaFromThem;
  return (
    <ul className="home-prep" aria-label="Prep">
      <li className={agenda ? '' : 'home-prep--missing'}>
        {agenda ? `Agenda: ${m.agendaFromMe} from me, ${m.agendaFromThem} from them` : 'No agenda yet'}
      </li>
      {m.carriedOver ? <li>{plural(m.carriedOver, 'item')} carried over</li> : null}
      {m.openActions ? <li>{plural(m.openActions, 'open action')}</li> : null}
      <li className={m.notesStarted ? '' : 'home-prep--missing'}>
        {m.notesStarted ? 'Notes started' : 'No notes yet'}
      </li>
    </ul>
  );
}

export function WeekMeetings({ meetings }: { meetings: HomeMeeting[] }) {
  return (
    <section className="panel home-panel home-panel--wide" aria-labelledby="home-week">
      <h2 id="home-week">This week's 1:1s</h2>
      {meetings.length === 0 ? (
        <p className="muted">
          No 1:1s this week. Set a cadence for someone on the <Link href="/one-on-ones">1:1s</Link> screen and their
          meetings show up here.
        </p>
      ) : (
        <ul className="home-list home-meetings">
          {meetings.map((m) => (
            <li key={m.meetingId} className="home-meeting">
              <div className="home-meeting__when">
                <strong>{formatDate(m.date)}</strong>
                <span className="muted">
                  {m.time} <span className="home-zone">{m.timeZone}</span>
                </span>
              </div>
              <div className="home-meeting__who">
                <Link
                  href={`/one-on-ones/person/${m.personId}`}
                  className="home-meeting__name"
                  aria-label={`${m.personName}, prep`}
                >
                  {m.personName}
                </Link>
                {m.status !== 'scheduled' ? <span className="badge">{STATUS_LABELS[m.status]}</span> : null}
                {m.notMarkedHeld ? <span className="badge badge--warn">Not marked as held</span> : null}
                <PrepFacts m={m} />
              </div>
              <Link href={`/one-on-ones/meeting/${m.meetingId}`} className="button button--small">
                Open meeting<span className="visually-hidden"> with {m.personName}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
