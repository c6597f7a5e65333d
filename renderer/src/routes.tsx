import { Redirect, Route, Switch } from 'wouter';
import { MeetingScreen } from './features/oneOnOnes/meeting/MeetingScreen';
import { OneOnOnesScreen } from './features/oneOnOnes/OneOnOnesScreen';
import { PrepScreen } from './features/oneOnOnes/prep/PrepScreen';
import { SearchScreen } from './features/oneOnOnes/search/SearchScreen';
import { TemplatesScreen } from './features/oneOnOnes/TemplatesScreen';
import { PeopleScreen } from './features/people/PeopleScreen';
import { PersonFormScreen } from './features/people/PersonFormScreen';
import { PersonPage } from './features/people/PersonPage';
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
      <Route path="/people/:id" component={PersonPage} />
      <Route path="/teams" component={TeamsScreen} />
      <Route path="/settings" component={SettingsScreen} />
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
      <Route path="/">
        <Redirect to="/people" replace />
      </Route>
      <Route>
        <PlaceholderScreen
          placeholder={{ path: '', title: 'Page not found', body: 'There is nothing at this address. Use the sidebar to go on.' }}
        />
      </Route>
    </Switch>
  );
}
