import { stmt } from './statements';
import { localDate, meetingStart, nextSlotAfter, slotOnOrAfter } from '#shared/oneOnOnes/cadence';
import type { Series } from '#shared/oneOnOnes/model';
import type { ReadableDB, WritableDB } from '../../db/access';
import * as q from './queries';
import { listRecurring } from './recurringAndTemplates';
import { calendarSays } from '../calendarFiles/calendarSays';

/**
 * The rules that move a series forward. One invariant carries everything over: the
 * person's upcoming (earliest scheduled) meeting is linked to every open item of theirs.
 * Holding, skipping or moving a meeting creates the next one, and the invariant brings the
 * open agenda items, open actions and "next time" topics onto it; closed items stay where
 * they were closed.
 */

/** The date the series' next meeting goes on: the slot after the last one used, never in the past. */
function nextDate(db: ReadableDB, series: Series, now: Date): string {
  const today = localDate(now, series.timeZone);
  // A meeting moved past later slots pushes the series on from where it was held.
  const base = stmt(
    db,
    `SELECT nullif(max(coalesce(max(slot_date), ''), coalesce(max(CASE WHEN status = 'held' THEN date END), '')), '')
       FROM oo_meetings WHERE person_id = ? AND status <> 'scheduled'`,
  )
    .pluck()
    .get(series.personId) as string | null;
  const slot = base
    ? nextSlotAfter(series, base)
    : slotOnOrAfter(series, today < series.firstDate ? series.firstDate : today);
  return slot < today ? slotOnOrAfter(series, today) : slot;
}

function addRecurringInstances(db: WritableDB, personId: string, meetingId: string, stamp: string): void {
  for (const r of listRecurring(db, personId)) {
    q.addMyAgendaItem(db, { id: meetingId, personId }, r.text, r.id, stamp);
  }
}

/** Links every open, carrying item of the person to the meeting, after what is already on it. */
export function carryOpenItems(db: WritableDB, personId: string, meetingId: string): void {
  stmt(
    db,
    `INSERT OR IGNORE INTO oo_meeting_items (meeting_id, item_id, position)
     SELECT @meetingId, i.id,
       (SELECT coalesce(max(position), 0) FROM oo_meeting_items WHERE meeting_id = @meetingId) + row_number() OVER (ORDER BY i.seq)
     FROM oo_items i
     WHERE i.person_id = @personId AND i.state = 'open' AND i.recurring_id IS NULL
       AND NOT EXISTS (SELECT 1 FROM oo_meeting_items x WHERE x.meeting_id = @meetingId AND x.item_id = i.id)`,
  ).run({ meetingId, personId });
}

/**
 * Creates the series' next meeting where the calendar it was imported from (if any) puts it:
 * a date the calendar cancelled becomes a skipped meeting and the next slot is tried, a moved
 * date becomes a moved meeting and its replacement; after the calendar's last date, none.
 */
function placeNextMeeting(db: WritableDB, series: Series, now: Date): string | null {
  const stamp = now.toISOString();
  const { personId, time, timeZone } = series;
  // Bounded: every turn uses up one cancelled date of the calendar, and there are finitely many.
  for (let turn = 0; turn < 1000; turn += 1) {
    const date = nextDate(db, series, now);
    const word = calendarSays(db, personId, date);
    if (word?.kind === 'ended') return null;
    const slot = { personId, slotDate: date, date, time, timeZone, startsAt: meetingStart(date, time, timeZone) };
    if (word?.kind === 'skipped') {
      const id = q.insertMeeting(db, slot, stamp);
      stmt(db, "UPDATE oo_meetings SET status = 'skipped' WHERE id = ?").run(id);
      continue;
    }
    let id: string;
    if (word?.kind === 'moved') {
      const original = q.insertMeeting(db, slot, stamp);
      stmt(db, "UPDATE oo_meetings SET status = 'moved', moved_to = ? WHERE id = ?").run(word.toDate, original);
      const moved = {
        date: word.toDate,
        time: word.toTime,
        startsAt: meetingStart(word.toDate, word.toTime, timeZone),
      };
      id = q.insertMeeting(db, { ...slot, ...moved }, stamp);
    } else {
      id = q.insertMeeting(db, slot, stamp);
    }
    addRecurringInstances(db, personId, id, stamp);
    return id;
  }
  return null;
}

/** The upcoming meeting, created from the series when there is none; null without a series (or after it ended). */
export function ensureUpcoming(db: WritableDB, personId: string, now: Date): q.MeetingRow | undefined {
  let upcoming = q.findUpcoming(db, personId);
  if (!upcoming) {
    const series = q.findSeries(db, personId);
    if (!series) return undefined;
    const id = placeNextMeeting(db, series, now);
    if (!id) return undefined;
    upcoming = q.findMeeting(db, id)!;
  }
  carryOpenItems(db, personId, upcoming.id);
  return upcoming;
}

/** After the cadence changes, the upcoming meeting (unless it was moved by hand) follows it. */
export function reschedule(db: WritableDB, series: Series, now: Date): void {
  const upcoming = q.findUpcoming(db, series.personId);
  if (!upcoming) {
    ensureUpcoming(db, series.personId, now);
    return;
  }
  const wasMoved = stmt(db, "SELECT 1 FROM oo_meetings WHERE person_id = ? AND status = 'moved' AND slot_date = ?").get(
    series.personId,
    upcoming.slot_date,
  );
  const date = wasMoved ? upcoming.date : nextDate(db, series, now);
  const time = wasMoved ? upcoming.time : series.time;
  stmt(
    db,
    'UPDATE oo_meetings SET slot_date = ?, date = ?, time = ?, time_zone = ?, starts_at = ?, updated_at = ? WHERE id = ?',
  ).run(
    wasMoved ? upcoming.slot_date : date,
    date,
    time,
    series.timeZone,
    meetingStart(date, time, series.timeZone),
    now.toISOString(),
    upcoming.id,
  );
}

/** Instances of recurring items that were never discussed (skipped or moved meeting). */
function dropUndiscussedRecurring(db: WritableDB, meetingId: string): void {
  stmt(db, "DELETE FROM oo_items WHERE origin_meeting_id = ? AND recurring_id IS NOT NULL AND state = 'open'").run(
    meetingId,
  );
}

/**
 * A meeting held before its date took place today: it takes today's date (so "last 1:1" is
 * never in the future) and keeps its slot, so the cadence does not shift. One marked held
 * after its date keeps that date: it most likely happened then and was ticked off late.
 */
export function hold(db: WritableDB, m: q.MeetingRow, now: Date): void {
  const today = localDate(now, m.time_zone);
  const date = today < m.date ? today : m.date;
  stmt(
    db,
    "UPDATE oo_meetings SET status = 'held', date = ?, starts_at = ?, held_at = ?, updated_at = ? WHERE id = ?",
  ).run(
    date,
    date === m.date ? m.starts_at : meetingStart(date, m.time, m.time_zone),
    now.toISOString(),
    now.toISOString(),
    m.id,
  );
  ensureUpcoming(db, m.person_id, now);
}

export function skip(db: WritableDB, m: q.MeetingRow, now: Date): void {
  stmt(db, "UPDATE oo_meetings SET status = 'skipped', updated_at = ? WHERE id = ?").run(now.toISOString(), m.id);
  dropUndiscussedRecurring(db, m.id);
  ensureUpcoming(db, m.person_id, now);
}

/**
 * Moving keeps the slot (the cadence does not shift) and takes everything prepared with it:
 * notes, mood, tags, the items on the agenda. The old row stays as "moved to <date>".
 */
export function move(db: WritableDB, m: q.MeetingRow, date: string, time: string, now: Date): string {
  const stamp = now.toISOString();
  const id = q.insertMeeting(
    db,
    {
      personId: m.person_id,
      slotDate: m.slot_date,
      date,
      time,
      timeZone: m.time_zone,
      startsAt: meetingStart(date, time, m.time_zone),
    },
    stamp,
  );
  stmt(db, 'UPDATE oo_meetings SET shared_notes = ?, private_notes = ?, mood = ? WHERE id = ?').run(
    m.shared_notes,
    m.private_notes,
    m.mood,
    id,
  );
  stmt(
    db,
    "UPDATE oo_meetings SET status = 'moved', moved_to = ?, shared_notes = '', private_notes = '', mood = NULL, updated_at = ? WHERE id = ?",
  ).run(date, stamp, m.id);
  stmt(db, 'UPDATE oo_meeting_tags SET meeting_id = ? WHERE meeting_id = ?').run(id, m.id);
  stmt(db, 'UPDATE oo_meeting_items SET meeting_id = ? WHERE meeting_id = ?').run(id, m.id);
  stmt(db, 'UPDATE oo_items SET origin_meeting_id = ? WHERE origin_meeting_id = ?').run(id, m.id);
  ensureUpcoming(db, m.person_id, now);
  return id;
}
