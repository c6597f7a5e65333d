import { formatDate } from '#shared/format';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { CADENCE_LABELS } from '#shared/oneOnOnes/cadence';
import type { Prep, SeriesFields } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { ExportSeriesButton } from '../../calendarFiles/ExportSeriesButton';
import { formatClock, formatZone } from '#shared/format';
import { daysAgo } from '../format';
import { meetingWhen } from '../time/meetingTimes';
import { useMyZone } from '../time/useMyZone';
import { ItemBriefList } from '../ItemBrief';
import { Markdown } from '../Markdown';
import { useNextTime } from '../nextTimeStore';
import { PrivacyToggle, PrivateNote } from '../PrivateNote';
import { SeriesForm } from '../SeriesForm';
import { History } from './History';
import { MoodTrend } from './MoodTrend';
import { prepPanels } from './prepPanels';
import { AddTopic, RecurringList } from './TopicList';

function seriesDefaults(prep: Prep, myZone: string): SeriesFields {
  const s = prep.series;
  if (s)
    return {
      personId: prep.personId,
      cadence: s.cadence,
      everyDays: s.everyDays,
      firstDate: s.firstDate,
      time: s.time,
      timeZone: s.timeZone,
    };
  // A new series is anchored to the manager's own clock (docs/time-zones.md says why).
  return {
    personId: prep.personId,
    cadence: 'weekly',
    everyDays: null,
    firstDate: new Date().toISOString().slice(0, 10),
    time: '10:00',
    timeZone: myZone,
  };
}

/** Everything to read before the next 1:1 with one person, on one screen. */
export function PrepScreen() {
  const { personId } = useParams<{ personId: string }>();
  const version = useNextTime((s) => s.version);
  const prep = useRequest(() => call('oneOnOnes.prep', { personId }), `${personId}-${version}`);
  const person = useRequest(() => call('people.get', { id: personId }), personId);
  const [editingSeries, setEditingSeries] = useState(false);
  const notice = useToast();
  const myZone = useMyZone();

  if (prep.error)
    return (
      <>
        <PageHeader title="1:1 prep" />
        <ErrorMessage error={prep.error} />
      </>
    );
  const p = prep.data;
  if (!p) return null;
  const saveSeries = async (fields: SeriesFields) => {
    await call('oneOnOnes.saveSeries', fields);
    setEditingSeries(false);
    notice('Series saved.');
    prep.reload();
  };
  const s = p.series;
  return (
    <>
      <PageHeader
        title={`Prep: ${p.personName}`}
        subtitle={p.upcoming ? `Next 1:1: ${meetingWhen(p.upcoming.startsAt, myZone, p.person)}` : 'No 1:1 series yet'}
        actions={
          <>
            {p.upcoming ? (
              <Link href={`/one-on-ones/meeting/${p.upcoming.id}`} className="button button--primary">
                Open next 1:1
              </Link>
            ) : null}
            {s && !editingSeries ? (
              <button type="button" className="button" onClick={() => setEditingSeries(true)}>
                Edit series
              </button>
            ) : null}
            {s ? <ExportSeriesButton personId={p.personId} /> : null}
            <PrivacyToggle />
          </>
        }
      />
      {!s || editingSeries ? (
        <section className="panel" aria-labelledby="series-heading">
          <h2 id="series-heading">{s ? 'Edit the 1:1 series' : `Set up 1:1s with ${p.personName}`}</h2>
          {person.data ? (
            <SeriesForm
              initial={seriesDefaults(p, myZone)}
              myZone={myZone}
              person={{ name: p.personName, ...p.person, timeZone: person.data.timeZone ?? p.person.timeZone }}
              onSaved={saveSeries}
              onCancel={s ? () => setEditingSeries(false) : undefined}
            />
          ) : null}
        </section>
      ) : null}
      <section className="panel" aria-labelledby="glance-heading">
        <h2 id="glance-heading">At a glance</h2>
        <dl className="facts">
          <div className="facts__row">
            <dt>Cadence</dt>
            <dd>
              {s
                ? (s.cadence === 'custom' ? `Every ${s.everyDays} days` : CADENCE_LABELS[s.cadence]) +
                  ` at ${formatClock(s.time)} ${formatZone(s.timeZone)} time`
                : '—'}
            </dd>
          </div>
          <div className="facts__row">
            <dt>Last 1:1</dt>
            <dd>{daysAgo(p.daysSinceLast, 'Not met yet')}</dd>
          </div>
          <div className="facts__row">
            <dt>Last career conversation</dt>
            <dd>{daysAgo(p.daysSinceCareer, 'None recorded (tag a meeting “career”)')}</dd>
          </div>
          <div className="facts__row">
            <dt>Mood trend</dt>
            <dd>
              <MoodTrend points={p.moodTrend} />
            </dd>
          </div>
        </dl>
      </section>
      <div className="prep-grid">
        <section className="panel" aria-labelledby="carried-heading">
          <h2 id="carried-heading">Carried over</h2>
          <ItemBriefList items={p.carriedOver} personName={p.personName} empty="Nothing left open from earlier 1:1s." />
        </section>
        <section className="panel" aria-labelledby="next-time-heading">
          <h2 id="next-time-heading">Next time</h2>
          <ItemBriefList items={p.nextTime} personName={p.personName} empty="No topics queued." />
          <AddTopic
            label="Topic for next time"
            button="Queue topic"
            onAdd={(text) => call('oneOnOnes.queue', { personId, text }).then(prep.reload)}
          />
        </section>
        <section className="panel" aria-labelledby="actions-heading">
          <h2 id="actions-heading">Open actions</h2>
          <h3>Mine</h3>
          <ItemBriefList items={p.openActions.me} personName={p.personName} empty="None." />
          <h3>{p.personName}’s</h3>
          <ItemBriefList items={p.openActions.them} personName={p.personName} empty="None." />
        </section>
        <section className="panel" aria-labelledby="recurring-heading">
          <h2 id="recurring-heading">Recurring items</h2>
          <RecurringList items={p.recurring} onChange={prep.reload} />
          <AddTopic
            label="Item for every 1:1"
            button="Add recurring"
            onAdd={(text) => call('oneOnOnes.addRecurring', { personId, text }).then(prep.reload)}
          />
        </section>
      </div>
      <section className="panel" aria-labelledby="last-heading">
        <h2 id="last-heading">Last meeting’s notes</h2>
        {p.lastMeeting ? (
          <>
            <p>
              <Link href={`/one-on-ones/meeting/${p.lastMeeting.id}`}>{formatDate(p.lastMeeting.date)}</Link>
            </p>
            {p.lastMeeting.sharedNotes.trim() ? (
              <Markdown text={p.lastMeeting.sharedNotes} />
            ) : (
              <p className="muted">No shared notes.</p>
            )}
            <PrivateNote text={p.lastMeeting.privateNotes} />
          </>
        ) : (
          <p className="muted">No 1:1 held yet.</p>
        )}
      </section>
      {prepPanels.map(({ id, Component }) => (
        <Component key={id} personId={personId} />
      ))}
      <History
        personId={personId}
        person={p.person}
        version={`${version}-${prep.data ? JSON.stringify(prep.data.upcoming) : ''}`}
      />
    </>
  );
}
