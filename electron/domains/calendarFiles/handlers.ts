import type { HandlerMap } from '../../ipc/handlers';
import { exportSeries } from './exportSeries';
import { importSeries } from './importSeries';

export const calendarFilesHandlers: HandlerMap<'calendarFiles.importSeries' | 'calendarFiles.exportSeries'> = {
  'calendarFiles.importSeries': (ctx, input) => importSeries(ctx, input),
  'calendarFiles.exportSeries': (ctx, { personId }) => exportSeries(ctx, personId),
};
