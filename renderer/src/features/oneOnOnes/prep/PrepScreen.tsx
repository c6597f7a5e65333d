import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { cadenceWords as seriesCadenceWords } from '#shared/oneOnOnes/cadence';
import type { Series } from '#shared/oneOnOnes/model';
import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import type { MenuAction } from '#renderer/components/Menu';
import { PageHeader } from '#renderer/components/PageHeader';
import { useExportSeries } from '../../calendarFiles/ExportSeriesButton';
import { meetingWhen } from '../time/meetingTimes';
import { useMyZone } from '../time/useMyZone';
import { PrivacyToggle } from '../PrivateNote';
import { Glance } from './Glance';
import { History } from './History';
import { LastNotes } from './LastNotes';
import { OpenItems } from './OpenItems';
import { prepPanels } from './prepPanels';
import { SeriesPanel } from './SeriesPanel';
import { AddTopic, RecurringList } from './TopicList';

/** "every two weeks", to follow the next date in the subtitle (the time is in the date already). */
const cadenceWords = (s: Series) => seriesCadenceWords(s).replace(/^Every/, 'every');

/**
 * Everything to read before the next 1:1 with one person. The first screen is the brief —
 * last time's notes, open items to triage, then the figures, goals and gaps beside them — and
 * what is looked at less (recurring items, evidence, history) follows below.
 */
export function PrepScreen() {
  const { personId } = useParams<{ personId: string }>();
  const prep = useRequest(() => call('oneOnOnes.prep', { personId }), personId);
  const [editingSeries, setEditingSeries] = useState(false);
  const myZone = useMyZone();
  const exportSeries = useExportSeries(personId);

  if (prep.error)
    return (
      <>
        <PageHeader title="1:1 prep" />
        <ErrorMessage error={prep.error} />
      </>
    );
  const p = prep.data;
  if (!p) return null;
  const s = p.series;
  const more: MenuAction[] = s
    ? [
        { id: 'edit-series', label: 'Edit series', onAction: () => setEditingSeries(true) },
        { id: 'export-series', label: 'Add to calendar (.ics)', onAction: () => void exportSeries() },
      ]
    : [];
  return (
    <>
      <PageHeader
        title={`Prep: ${p.personName}`}
        subtitle={
          p.upcoming
            ? `Next 1:1: ${meetingWhen(p.upcoming.startsAt, myZone, p.person)}${s ? ` · ${cadenceWords(s)}` : ''}`
            : 'No 1:1 series yet'
        }
        primary={
          p.upcoming ? (
            <Link href={`/one-on-ones/meeting/${p.upcoming.id}`} className="button button--primary">
              Open next 1:1
            </Link>
          ) : null
        }
        actions={<PrivacyToggle />}
        more={more}
      />
      {!s || editingSeries ? (
        <SeriesPanel prep={p} myZone={myZone} onClose={s ? () => setEditingSeries(false) : undefined} />
      ) : null}
      <div className="prep-brief">
        <div className="prep-brief__column">
          <LastNotes last={p.lastMeeting} />
          <OpenItems personId={personId} items={p.openItems} callName={p.person.callName} />
        </div>
        <div className="prep-brief__column">
          <Glance prep={p} />
          {prepPanels
            .filter((panel) => panel.place === 'brief')
            .map(({ id, Component }) => (
              <Component key={id} personId={personId} />
            ))}
        </div>
      </div>
      <section className="panel" aria-labelledby="recurring-heading">
        <h2 id="recurring-heading">Recurring items</h2>
        <RecurringList items={p.recurring} />
        <AddTopic
          label="Item for every 1:1"
          button="Add recurring"
          onAdd={(text) => call('oneOnOnes.addRecurring', { personId, text })}
        />
      </section>
      {prepPanels
        .filter((panel) => panel.place === 'below')
        .map(({ id, Component }) => (
          <Component key={id} personId={personId} />
        ))}
      <History personId={personId} person={p.person} />
    </>
  );
}
