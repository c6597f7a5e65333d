import { command, query } from '../ipc/channel';
import { exportSeriesSchema, importSeriesSchema, type ImportSeriesResult, type SeriesExport } from './model';

export const calendarFilesContract = {
  /**
   * 1:1 series from an .ics file: with `commit: false` a preview that changes nothing; with
   * `commit: true` every chosen proposal is imported, or none. Re-importing updates by UID.
   */
  'calendarFiles.importSeries': command<ImportSeriesResult>()(importSeriesSchema),
  /** A person's 1:1 series as an .ics file: times and zone only, never a note. */
  'calendarFiles.exportSeries': query<SeriesExport>()(exportSeriesSchema),
};
