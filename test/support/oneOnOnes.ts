import type { ItemKind, Side } from '#shared/oneOnOnes/model';
import type { Caller } from './caller';

/** When a test's weekly 1:1s start: the Tuesday after the suite's usual "now" (Mon 2 March 2026), at ten, London time. */
export interface WeeklyStart {
  firstDate?: string;
  time?: string;
  timeZone?: string;
}

/** A weekly 1:1 series with `personId`, through the real handler. */
export function weeklySeries(app: Caller, personId: string, start: WeeklyStart = {}) {
  return app.call('oneOnOnes.saveSeries', {
    personId,
    cadence: 'weekly',
    everyDays: null,
    firstDate: start.firstDate ?? '2026-03-03',
    time: start.time ?? '10:00',
    timeZone: start.timeZone ?? 'Europe/London',
  });
}

/** The id of the person's upcoming 1:1, as the prep view shows it. */
export function upcomingMeetingId(app: Caller, personId: string): string {
  const upcoming = app.call('oneOnOnes.prep', { personId }).upcoming;
  if (!upcoming) throw new Error('this person has no upcoming 1:1');
  return upcoming.id;
}

/** An agenda item (raised by `side`) or an action (owned by `side`) on a meeting, undated unless `dueDate` is given. */
export function addItem(
  app: Caller,
  meetingId: string,
  kind: ItemKind,
  side: Side,
  text: string,
  dueDate: string | null = null,
) {
  return app.call('oneOnOnes.addItem', { meetingId, kind, side, text, dueDate });
}
