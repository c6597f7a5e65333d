import { useCallback, useEffect, useRef } from 'react';
import { Link, useLocation } from 'wouter';
import { HOME_WEEK_PAGE, type HomeMeeting } from '#shared/home/model';
import { call } from '#renderer/api/client';
import { useMorePages } from '#renderer/components/useMorePages';
import { ShowMore } from '#renderer/components/ShowMore';
import { agendaWords, STATUS_LABELS } from '../oneOnOnes/format';
import { dayOf, theirTime, timeOf } from '../oneOnOnes/time/meetingTimes';
import { isTypingTarget } from '../oneOnOnes/shortcuts/keys';
import { formatZone, plural } from '#shared/format';

/** Rows 1–9 open with their digit; beyond nine, Tab and Enter still reach them. */
const KEYED_ROWS = 9;

/** What is ready for a 1:1, in words (never colour alone). */
function PrepFacts({ m }: { m: HomeMeeting }) {
  const agenda = agendaWords(m.agendaFromMe, m.agendaFromThem);
  return (
    <ul className="home-prep" aria-label="Prep">
      <li className={agenda ? '' : 'home-prep--missing'}>{agenda ?? 'No agenda yet'}</li>
      {m.carriedOver ? <li>{plural(m.carriedOver, 'item')} carried over</li> : null}
      {m.openActions ? <li>{plural(m.openActions, 'open action')}</li> : null}
      <li className={m.notesStarted ? '' : 'home-prep--missing'}>
        {m.notesStarted ? 'Notes started' : 'No notes yet'}
      </li>
    </ul>
  );
}

/** Digit n opens the week's n-th 1:1, unless the manager is typing somewhere. */
function useDigitKeys(meetings: readonly HomeMeeting[]) {
  const [, navigate] = useLocation();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      const n = Number(e.key);
      if (!Number.isInteger(n) || n < 1 || n > Math.min(KEYED_ROWS, meetings.length)) return;
      e.preventDefault();
      navigate(`/one-on-ones/meeting/${meetings[n - 1]!.meetingId}`);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [meetings, navigate]);
}

/** The manager's week of 1:1s on their own clock, the other person's time beside it. */
export function WeekMeetings({ first, total, myZone }: { first: HomeMeeting[]; total: number; myZone: string }) {
  const list = useRef<HTMLUListElement>(null);
  // "Show more" puts focus on the first row it added, where reading carries on.
  const focusAdded = useCallback(
    (row: number) => list.current?.querySelectorAll<HTMLElement>('.home-meeting__name')[row]?.focus(),
    [],
  );
  const more = useMorePages(
    first,
    total,
    HOME_WEEK_PAGE,
    (offset) => call('home.weekMeetings', { offset }),
    focusAdded,
  );
  const meetings = more.items;
  useDigitKeys(meetings);
  return (
    <section className="panel home-panel home-panel--wide" aria-labelledby="home-week">
      <h2 id="home-week">My week of 1:1s</h2>
      {meetings.length === 0 ? (
        <p className="muted">
          No 1:1s this week. Set a cadence for someone on the <Link href="/one-on-ones">1:1s</Link> screen and their
          meetings show up here.
        </p>
      ) : (
        <>
          <p className="muted home-week__hint">
            All times are your time ({formatZone(myZone)}). Press a row’s number to open that 1:1.
          </p>
          <ul className="home-list home-meetings" ref={list}>
            {meetings.map((m, i) => {
              const theirs = theirTime(m.startsAt, myZone, m.person);
              return (
                <li key={m.meetingId} className="home-meeting">
                  <div className="home-meeting__when">
                    <strong>{dayOf(m.startsAt, myZone)}</strong>
                    <span>{timeOf(m.startsAt, myZone)}</span>
                    {theirs ? <span className="muted home-zone">{theirs}</span> : null}
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
                  <Link
                    href={`/one-on-ones/meeting/${m.meetingId}`}
                    className="button button--small"
                    aria-keyshortcuts={i < KEYED_ROWS ? String(i + 1) : undefined}
                  >
                    Open<span className="visually-hidden"> 1:1 with {m.personName}</span>
                    {i < KEYED_ROWS ? <kbd aria-hidden="true">{i + 1}</kbd> : null}
                  </Link>
                </li>
              );
            })}
          </ul>
          <ShowMore
            shown={more.shown}
            total={total}
            what="1:1"
            next={more.next}
            loading={more.loading}
            onMore={more.loadMore}
          />
        </>
      )}
    </section>
  );
}
