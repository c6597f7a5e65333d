import type { HandlerMap } from '../../ipc/handlers';
import { exportAll } from './exportAll';
import { importAll, previewImport } from './importAll';

export const dataHandlers: HandlerMap<'data.exportAll' | 'data.previewImport' | 'data.importAll'> = {
  'data.exportAll': (ctx) => exportAll(ctx.db, ctx.now()),
  'data.previewImport': (ctx, { json }) => previewImport(ctx.db, json),
  'data.importAll': (ctx, { json }) => importAll(ctx.db, json, ctx),
};
