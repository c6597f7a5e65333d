import { z } from 'zod';
import { idSchema } from '../schemas/fields';
import type { Cadence, MonthlyBy } from '../oneOnOnes/cadence';

/**
 * The largest calendar file Cairn reads. A year of a busy work calendar exported from
 * Google or Outlook is well under 5 MB; anything bigger is refused before it is parsed.
 */
export const CALENDAR_FILE_MAX_CHARS = 10_000_000;
export const CALENDAR_FILE_MAX_LABEL = '10 MB';

export const importSeriesSchema = z.strictObject({
  ics: z
    .string()
    .max(
      CALENDAR_FILE_MAX_CHARS,
      `This file is larger than ${CALENDAR_FILE_MAX_LABEL}. Export only the calendar that holds your 1:1s.`,
    ),
  /** false: only check and preview. true: import the chosen proposals, all or nothing. */
  commit: z.boolean(),
  /** The events (by UID) to import; the preview proposes them all. */
  include: z.array(z.string().min(1).max(1000)).max(1000).optional(),
});
export type ImportSeriesInput = z.infer<typeof importSeriesSchema>;

export type CalendarException =
  { date: string; kind: 'skipped' } | { date: string; kind: 'moved'; toDate: string; toTime: string };

/** How a recurring event in the file repeats, in a Cairn series' terms. */
export interface ScheduleFromFile {
  cadence: Cadence;
  everyDays: number | null;
  monthlyBy: MonthlyBy;
  firstDate: string;
  time: string;
  timeZone: string;
  /** Where the file's zone was a Windows or Outlook name: that name. */
  zoneFrom: string | null;
  /** The last date the calendar has a meeting on (from UNTIL or COUNT). */
  endsOn: string | null;
  exceptions: CalendarException[];
}

/** A recurring 1:1 found in the file, turned into a Cairn series. */
export interface SeriesProposal extends ScheduleFromFile {
  uid: string;
  /** The line of the event's BEGIN:VEVENT in the file. */
  line: number;
  summary: string;
  /** The other attendee as the file names them (name or e-mail). */
  attendee: string;
  email: string | null;
  /** An existing person, or a person this import will add. */
  person: { id: string; name: string } | { create: string };
  /** "new": no series yet; "update": the same event was imported before. */
  action: 'new' | 'update';
}

/** A problem or a reason an event is not proposed, always with the event and its line. */
export interface CalendarProblem {
  line: number;
  summary: string;
  message: string;
}

export interface ImportSeriesResult {
  proposals: SeriesProposal[];
  /** Events that looked like 1:1s but cannot become a series, with why. */
  problems: CalendarProblem[];
  /** How many recurring events were not 1:1s (more or fewer than two people). */
  otherRecurring: number;
  imported: number;
}

export const exportSeriesSchema = z.strictObject({ personId: idSchema });
export interface SeriesExport {
  fileBaseName: string;
  ics: string;
}
