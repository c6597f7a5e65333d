import { stmt } from './statements';
import { localDate } from '#shared/oneOnOnes/cadence';
import { CAREER_TAG, type Meeting, type Prep } from '#shared/oneOnOnes/model';
import type { ReadableDB } from '../../db/access';
import { notFound } from '../../ipc/domainError';
import { counterpart, counterpartOf } from './counterpart';
import * as q from './queries';
import { listRecurring } from './recurringAndTemplates';

function personName(db: ReadableDB, personId: string): string {
  return stmt(db, 'SELECT name FROM people WHERE id = ?').pluck().get(personId) as string;
}

export function meetingView(db: ReadableDB, m: q.MeetingRow): Meeting {
  return {
    ...q.toSummary(db, m),
    personName: personName(db, m.person_id),
    person: counterpart(db, m.person_id),
    sharedNotes: m.shared_notes,
    privateNotes: m.private_notes,
    items: q.itemsOfMeeting(db, m.id),
    locked: q.isLocked(db, m),
    unlockedAt: m.unlocked_at,
    editedAfterUnlockAt: m.edited_after_unlock_at,
    heldAt: m.held_at,
  };
}

/**
 * Whole days between two ISO dates (YYYY-MM-DD), as cadence.daysBetween counts them in UTC,
 * without building two luxon DateTimes per figure: the prep view shows two such figures.
 */
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Everything the manager wants on one screen before the next 1:1. */
export function prepView(db: ReadableDB, personId: string, now: Date): Prep {
  // The person's row doubles as the existence check and, with the series read below, gives
  // the counterpart without counterpart()'s own join: one statement fewer on a view opened often.
  const person = stmt(db, 'SELECT name, preferred_name, time_zone FROM people WHERE id = ?').get(personId) as
    { name: string; preferred_name: string; time_zone: string | null } | undefined;
  if (person === undefined) throw notFound('person', 'personId');
  // Every write path keeps the upcoming meeting in place (schedule.ts), so reading only finds it.
  const upcoming = q.findUpcoming(db, personId);
  const series = q.findSeries(db, personId);
  const today = localDate(now, series?.timeZone ?? 'UTC');
  const last = q.lastHeld(db, personId);
  // Newest held meeting first, stopping at the first one tagged "career".
  const careerDate = stmt(
    db,
    `SELECT m.date FROM oo_meetings m WHERE m.person_id = ? AND m.status = 'held'
       AND EXISTS (SELECT 1 FROM oo_meeting_tags t WHERE t.meeting_id = m.id AND t.tag = ?)
     ORDER BY m.date DESC, m.seq DESC LIMIT 1`,
  )
    .pluck()
    .get(personId, CAREER_TAG) as string | undefined;
  // Newest ten from the index, put oldest-first here rather than by a second sort in SQL.
  const moods = (
    stmt(
      db,
      `SELECT date, mood FROM oo_meetings WHERE person_id = ? AND status = 'held' AND mood IS NOT NULL
       ORDER BY date DESC, seq DESC LIMIT 10`,
    ).all(personId) as { date: string; mood: number }[]
  ).reverse();
  return {
    personId,
    personName: person.name,
    person: counterpartOf(person, series?.timeZone ?? null),
    series,
    upcoming: upcoming ? q.toSummary(db, upcoming) : null,
    lastMeeting: last
      ? { id: last.id, date: last.date, sharedNotes: last.shared_notes, privateNotes: last.private_notes }
      : null,
    openItems: q.openItems(db, personId),
    recurring: listRecurring(db, personId),
    daysSinceLast: last ? daysBetween(last.date, today) : null,
    daysSinceCareer: careerDate ? daysBetween(careerDate, today) : null,
    moodTrend: moods,
  };
}
