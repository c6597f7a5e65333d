import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { mentoringRoutes } from './features/mentoring/routes';
import { HomeScreen } from './features/home/HomeScreen';
import { placeholders } from './features/placeholders/placeholders';
import { PlaceholderScreen } from './features/placeholders/PlaceholderScreen';
import { lazyScreen } from './routing/lazyScreen';
import { ScreenLoading } from './routing/ScreenLoading';

// Home is in the first script: it is the screen the window opens on. Every other screen's
// code is its own chunk, fetched when first shown (or by the idle prefetch after Home).
const AssessmentScreen = lazyScreen(() => import('./features/ladders/AssessmentScreen'), 'AssessmentScreen');
const AssessmentEditScreen = lazyScreen(
  () => import('./features/ladders/AssessmentEditScreen'),
  'AssessmentEditScreen',
);
const ImportScreen = lazyScreen(() => import('./features/ladders/ImportScreen'), 'ImportScreen');
const LadderScreen = lazyScreen(() => import('./features/ladders/LadderScreen'), 'LadderScreen');
const LaddersScreen = lazyScreen(() => import('./features/ladders/LaddersScreen'), 'LaddersScreen');
const CalibrationScreen = lazyScreen(() => import('./features/interviews/CalibrationScreen'), 'CalibrationScreen');
const CandidateScreen = lazyScreen(() => import('./features/interviews/CandidateScreen'), 'CandidateScreen');
const DebriefScreen = lazyScreen(() => import('./features/interviews/DebriefScreen'), 'DebriefScreen');
const InterviewsScreen = lazyScreen(() => import('./features/interviews/InterviewsScreen'), 'InterviewsScreen');
const KitEditorScreen = lazyScreen(() => import('./features/interviews/KitEditorScreen'), 'KitEditorScreen');
const RoleScreen = lazyScreen(() => import('./features/interviews/RoleScreen'), 'RoleScreen');
const ScorecardScreen = lazyScreen(() => import('./features/interviews/ScorecardScreen'), 'ScorecardScreen');
const MeetingScreen = lazyScreen(() => import('./features/oneOnOnes/meeting/MeetingScreen'), 'MeetingScreen');
const OneOnOnesScreen = lazyScreen(() => import('./features/oneOnOnes/OneOnOnesScreen'), 'OneOnOnesScreen');
const QuestionBankScreen = lazyScreen(() => import('./features/questions/QuestionBankScreen'), 'QuestionBankScreen');
const ImportCalendarScreen = lazyScreen(
  () => import('./features/calendarFiles/ImportCalendarScreen'),
  'ImportCalendarScreen',
);
const PrepScreen = lazyScreen(() => import('./features/oneOnOnes/prep/PrepScreen'), 'PrepScreen');
const SearchScreen = lazyScreen(() => import('./features/oneOnOnes/search/SearchScreen'), 'SearchScreen');
const TemplatesScreen = lazyScreen(() => import('./features/oneOnOnes/TemplatesScreen'), 'TemplatesScreen');
const PeopleScreen = lazyScreen(() => import('./features/people/PeopleScreen'), 'PeopleScreen');
const PersonFormScreen = lazyScreen(() => import('./features/people/PersonFormScreen'), 'PersonFormScreen');
const PersonScreen = lazyScreen(() => import('./features/people/PersonScreen'), 'PersonScreen');
const DraftScreen = lazyScreen(() => import('./features/evidence/DraftScreen'), 'DraftScreen');
const SettingsScreen = lazyScreen(() => import('./features/settings/SettingsScreen'), 'SettingsScreen');
const TeamsScreen = lazyScreen(() => import('./features/teams/TeamsScreen'), 'TeamsScreen');

export function Routes() {
  return (
    <Suspense fallback={<ScreenLoading />}>
      <Switch>
        <Route path="/people" component={PeopleScreen} />
        <Route path="/people/new" component={PersonFormScreen} />
        <Route path="/people/:id/edit" component={PersonFormScreen} />
        <Route path="/people/:id/draft/:kind" component={DraftScreen} />
        <Route path="/people/:id" component={PersonScreen} />
        <Route path="/teams" component={TeamsScreen} />
        <Route path="/ladders" component={LaddersScreen} />
        <Route path="/ladders/import" component={ImportScreen} />
        <Route path="/ladders/:id" component={LadderScreen} />
        <Route path="/ladders/:id/for/:personId" component={LadderScreen} />
        <Route path="/assessments/new/:personId" component={AssessmentEditScreen} />
        <Route path="/assessments/:id/edit" component={AssessmentEditScreen} />
        <Route path="/assessments/:id" component={AssessmentScreen} />
        <Route path="/settings" component={SettingsScreen} />
        {mentoringRoutes.map((r) => (
          <Route key={r.path} path={r.path} component={r.component} />
        ))}
        <Route path="/interviews" component={InterviewsScreen} />
        <Route path="/interviews/calibration" component={CalibrationScreen} />
        <Route path="/interviews/roles/:roleId/kits/new" component={KitEditorScreen} />
        <Route path="/interviews/roles/:id" component={RoleScreen} />
        <Route path="/interviews/kits/:kitId/edit" component={KitEditorScreen} />
        <Route path="/interviews/candidates/:id/debrief/:kitId" component={DebriefScreen} />
        <Route path="/interviews/candidates/:id" component={CandidateScreen} />
        <Route path="/interviews/scorecards/:id" component={ScorecardScreen} />
        <Route path="/one-on-ones" component={OneOnOnesScreen} />
        <Route path="/one-on-ones/search" component={SearchScreen} />
        <Route path="/one-on-ones/templates" component={TemplatesScreen} />
        <Route path="/one-on-ones/import-calendar" component={ImportCalendarScreen} />
        <Route path="/one-on-ones/questions" component={QuestionBankScreen} />
        <Route path="/one-on-ones/person/:personId" component={PrepScreen} />
        <Route path="/one-on-ones/meeting/:id" component={MeetingScreen} />
        {placeholders.map((p) => (
          <Route key={p.path} path={p.path}>
            <PlaceholderScreen placeholder={p} />
          </Route>
        ))}
        <Route path="/" component={HomeScreen} />
        <Route>
          <PlaceholderScreen
            placeholder={{
              path: '',
              title: 'Page not found',
              lead: 'This page does not exist',
              body: 'The link may be out of date, or what it led to was deleted.',
              action: { href: '/', label: 'Go to Home' },
            }}
          />
        </Route>
      </Switch>
    </Suspense>
  );
}
