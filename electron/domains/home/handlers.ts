import type { HandlerMap } from '../../ipc/handlers';
import { homeOverview } from './overview';
import { personHeader } from './personHeader';

export const homeHandlers: HandlerMap<'home.overview' | 'home.personHeader'> = {
  'home.overview': (ctx) => homeOverview(ctx),
  'home.personHeader': (ctx, { personId }) => personHeader(ctx, personId),
};
