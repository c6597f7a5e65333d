import type { ItemKind, Side } from '#shared/oneOnOnes/model';
import type { Caller } from './caller';
import type { TestApp } from './testApp';

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

/**
 * Holds the person's upcoming 1:1 at its own start time (held before then, it would count as
 * held that day), which moves the test's clock there; returns its id.
 */
export function holdUpcoming(app: Pick<TestApp, 'call' | 'setNow'>, personId: string): string {
  const meeting = app.call('oneOnOnes.prep', { personId }).upcoming;
  if (!meeting) throw new Error('this person has no upcoming 1:1');
  app.setNow(new Date(meeting.startsAt));
  app.call('oneOnOnes.hold', { meetingId: meeting.id });
  return meeting.id;
}
