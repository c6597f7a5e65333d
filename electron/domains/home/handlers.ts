import type { HandlerMap } from '../../ipc/handlers';
import { homeOverview, homeWeekMeetings } from './overview';
import { personHeader } from './personHeader';

export const homeHandlers: HandlerMap<'home.overview' | 'home.personHeader' | 'home.weekMeetings'> = {
  'home.overview': (ctx) => homeOverview(ctx),
  'home.personHeader': (ctx, { personId }) => personHeader(ctx, personId),
  'home.weekMeetings': (ctx, { offset }) => homeWeekMeetings(ctx, offset),
};
