import type { HandlerMap } from '../../ipc/handlers';
import { homeOverview } from './overview';

export const homeHandlers: HandlerMap<'home.overview'> = {
  'home.overview': (ctx) => homeOverview(ctx),
};
