import type { ReadableDB } from '../../db/access';

export type CalendarWord = { kind: 'ended' } | { kind: 'skipped' } | { kind: 'moved'; toDate: string; toTime: string };

/**
 * What an imported calendar says about one slot of a person's series: the series has ended
 * by then, the meeting was cancelled, or it was moved. Null when the calendar says nothing
 * (or the series was not imported). Read by the 1:1 schedule each time it places a meeting.
 */
export function calendarSays(db: ReadableDB, personId: string, slotDate: string): CalendarWord | null {
  const endsOn = db.prepare('SELECT ends_on FROM cal_series WHERE person_id = ?').pluck().get(personId) as
    string | null | undefined;
  if (endsOn && slotDate > endsOn) return { kind: 'ended' };
  const row = db
    .prepare('SELECT kind, to_date, to_time FROM cal_exceptions WHERE person_id = ? AND date = ?')
    .get(personId, slotDate) as
    { kind: 'skipped' | 'moved'; to_date: string | null; to_time: string | null } | undefined;
  if (!row) return null;
  return row.kind === 'moved' ? { kind: 'moved', toDate: row.to_date!, toTime: row.to_time! } : { kind: 'skipped' };
}
