import { Route, Switch } from 'wouter';
import { HomeScreen } from './features/home/HomeScreen';
import { AssessmentScreen } from './features/ladders/AssessmentScreen';
import { AssessmentEditScreen } from './features/ladders/AssessmentEditScreen';
import { ImportScreen } from './features/ladders/ImportScreen';
import { LadderScreen } from './features/ladders/LadderScreen';
import { LaddersScreen } from './features/ladders/LaddersScreen';
import { mentoringRoutes } from './features/mentoring/routes';
import { CalibrationScreen } from './features/interviews/CalibrationScreen';
import { CandidateScreen } from './features/interviews/CandidateScreen';
import { DebriefScreen } from './features/interviews/DebriefScreen';
import { InterviewsScreen } from './features/interviews/InterviewsScreen';
import { KitEditorScreen } from './features/interviews/KitEditorScreen';
import { RoleScreen } from './features/interviews/RoleScreen';
import { ScorecardScreen } from './features/interviews/ScorecardScreen';
import { MeetingScreen } from './features/oneOnOnes/meeting/MeetingScreen';
import { OneOnOnesScreen } from './features/oneOnOnes/OneOnOnesScreen';
import { PrepScreen } from './features/oneOnOnes/prep/PrepScreen';
import { SearchScreen } from './features/oneOnOnes/search/SearchScreen';
import { TemplatesScreen } from './features/oneOnOnes/TemplatesScreen';
import { PeopleScreen } from './features/people/PeopleScreen';
import { PersonFormScreen } from './features/people/PersonFormScreen';
import { PersonScreen } from './features/people/PersonScreen';
import { DraftScreen } from './features/evidence/DraftScreen';
import { placeholders } from './features/placeholders/placeholders';
import { PlaceholderScreen } from './features/placeholders/PlaceholderScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { TeamsScreen } from './features/teams/TeamsScreen';

export function Routes() {
  return (
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
            body: 'There is nothing at this address. Use the sidebar to go on.',
          }}
        />
      </Route>
    </Switch>
  );
}
