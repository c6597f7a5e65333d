import { formatDate } from '#shared/format';
import { useRef } from 'react';
import { CAREER_TAG, type Prep } from '#shared/oneOnOnes/model';
import { careerConversationDue } from '#shared/oneOnOnes/career';
import { call } from '#renderer/api/client';
import { useToast } from '#renderer/components/toasts';
import { daysAgo } from '../format';
import { MoodSparkline } from './MoodSparkline';

/** Tags the coming 1:1 "career" so the conversation happens, through the meeting's own details command. */
function CareerNudge({ prep }: { prep: Prep }) {
  const notice = useToast();
  // The button goes once the meeting is tagged; focus moves to the note that now says so.
  const note = useRef<HTMLDivElement>(null);
  const upcoming = prep.upcoming;
  const tagged = upcoming?.tags.includes(CAREER_TAG) ?? false;
  const since =
    prep.daysSinceCareer === null
      ? 'No career conversation yet.'
      : `Last career conversation ${daysAgo(prep.daysSinceCareer, '')}.`;
  const tag = () =>
    upcoming
      ? call('oneOnOnes.saveDetails', {
          meetingId: upcoming.id,
          mood: upcoming.mood,
          tags: [...upcoming.tags, CAREER_TAG],
        }).then(
          () => {
            notice('The next 1:1 is tagged “career”.');
            requestAnimationFrame(() => note.current?.focus());
          },
          (e: Error) => notice(e.message, 'error'),
        )
      : undefined;
  return (
    <div className="prep-nudge" role="note" ref={note} tabIndex={-1}>
      <p>
        <strong>{since}</strong> {tagged ? 'The next 1:1 is tagged “career”.' : 'Make time for growth in the next 1:1.'}
      </p>
      {upcoming && !tagged ? (
        <button type="button" className="button button--small" onClick={() => void tag()}>
          Tag next 1:1 “career”
        </button>
      ) : null}
    </div>
  );
}

/** The figures to glance at before a 1:1: when we last met, last talked career, and how mood went. */
export function Glance({ prep }: { prep: Prep }) {
  const nudge = careerConversationDue(prep.daysSinceCareer, prep.daysSinceLast);
  return (
    <section className="panel prep-brief__panel" aria-labelledby="glance-heading">
      <h2 id="glance-heading">At a glance</h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>Last 1:1</dt>
          <dd>
            {daysAgo(prep.daysSinceLast, 'Not met yet')}
            {prep.lastMeeting ? <span className="muted"> · {formatDate(prep.lastMeeting.date)}</span> : null}
          </dd>
        </div>
        <div className="facts__row">
          <dt>Career conversation</dt>
          <dd>{daysAgo(prep.daysSinceCareer, 'None yet')}</dd>
        </div>
        <div className="facts__row">
          <dt>Mood</dt>
          <dd>
            <MoodSparkline points={prep.moodTrend} />
          </dd>
        </div>
      </dl>
      {nudge ? <CareerNudge prep={prep} /> : null}
    </section>
  );
}
