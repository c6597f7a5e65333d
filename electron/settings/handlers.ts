import { schemaVersion } from '../db/migrate';
import type { HandlerMap } from '../ipc/handlers';

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.update' | 'app.info'> = {
  'settings.get': (ctx) => ctx.settings.get(),
  'settings.update': (ctx, patch) => ctx.settings.update(patch),
  'app.info': (ctx) => ({
    version: ctx.appVersion,
    dataFile: ctx.dataFile,
    schemaVersion: schemaVersion(ctx.db),
  }),
};
