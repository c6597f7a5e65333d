import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { FirstRunEmptyState } from '../sample/FirstRunEmptyState';
import { SampleBanner } from '../sample/SampleControls';
import { GoalsDue, OverdueActions } from './ActionsAndGoals';
import { PairsNeedingAttention, ScorecardsToSubmit } from './PairsAndScorecards';
import { formatDate } from '#shared/format';
import { WeekMeetings } from './WeekMeetings';

/** The screen Cairn opens on: what needs the manager this week. */
export function HomeScreen() {
  const home = useRequest(() => call('home.overview', {}), 'home');
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
            <WeekMeetings first={data.meetings} total={data.meetingsTotal} myZone={data.myZone} />
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
