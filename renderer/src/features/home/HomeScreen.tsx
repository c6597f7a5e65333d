import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { useNextTime } from '../oneOnOnes/nextTimeStore';
import { FirstRunEmptyState } from '../sample/FirstRunEmptyState';
import { SampleBanner } from '../sample/SampleControls';
import { useSample } from '../sample/sampleStore';
import { GoalsDue, OverdueActions } from './ActionsAndGoals';
import { PairsNeedingAttention, ScorecardsToSubmit } from './PairsAndScorecards';
import { formatDate } from '#shared/format';
import { WeekMeetings } from './WeekMeetings';

/** The screen Cairn opens on: what needs the manager this week. */
export function HomeScreen() {
  // Loading or removing the sample team, or a "next time" topic, changes what is shown.
  const sampleVersion = useSample((s) => s.version);
  const nextTimeVersion = useNextTime((s) => s.version);
  const home = useRequest(() => call('home.overview', {}), `home#${sampleVersion}#${nextTimeVersion}`);
  const data = home.data;
  const subtitle =
    data && !data.firstRun ? `Week of ${formatDate(data.week.start)} to ${formatDate(data.week.end)}` : undefined;
  return (
    <>
      <PageHeader title="Home" subtitle={subtitle} />
      {home.error ? <ErrorMessage error={home.error} /> : null}
      {data?.firstRun ? <FirstRunEmptyState /> : null}
      {data && !data.firstRun ? (
        <>
          <SampleBanner />
          <div className="home-grid">
            <WeekMeetings meetings={data.meetings} myZone={data.myZone} />
            <OverdueActions actions={data.overdueActions} total={data.overdueActionsTotal} />
            <GoalsDue goals={data.goals} total={data.goalsTotal} today={data.today} />
            <PairsNeedingAttention pairs={data.pairs} />
            <ScorecardsToSubmit scorecards={data.scorecards} selfSet={data.selfInterviewerSet} />
          </div>
        </>
      ) : null}
    </>
  );
}
