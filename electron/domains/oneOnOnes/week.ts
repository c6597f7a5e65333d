import { addDays, daysBetween, localDate } from '#shared/calendar';
import { wallClockAt } from '#shared/oneOnOnes/zones';
import { callName } from './counterpart';
import type { HomeAction, HomeMeeting } from '#shared/home/model';
import type { ReadableDB } from '../../db/access';
import { stmt } from './statements';

/**
 * The 1:1 side of Home, read-only (no upcoming meeting is created here: reading must not
 * write). "This week" is the manager's week in the manager's zone: a 1:1 at 21:00 on Sunday
 * in London is in the London manager's week even when it is Monday morning in Auckland.
 * "Overdue" and "not marked as held" run in the person's own zone (their series' zone,
 * else their profile's, else UTC), so a due date means what it means where they are.
 */

export interface PersonZone {
  id: string;
  name: string;
  /** The zone their 1:1 dates and due dates are read in. */
  zone: string;
  /** The name they go by and their own zone, for "15:30 for Priya". */
  callName: string;
  ownZone: string | null;
}

/** Active people with the zone their 1:1 dates are read in; Home reads it once for both lists. */
export function activePeopleWithZones(db: ReadableDB): PersonZone[] {
  const rows = stmt(
    db,
    `SELECT p.id, p.name, p.preferred_name, coalesce(s.time_zone, p.time_zone, 'UTC') AS zone,
       coalesce(p.time_zone, s.time_zone) AS own_zone
     FROM people p LEFT JOIN oo_series s ON s.person_id = p.id
     WHERE p.status = 'active' ORDER BY p.name COLLATE NOCASE, p.id`,
  ).all() as { id: string; name: string; preferred_name: string; zone: string; own_zone: string | null }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    zone: r.zone,
    callName: callName(r.name, r.preferred_name),
    ownZone: r.own_zone,
  }));
}

/** The date `now` falls on in a zone, worked out once per zone: 500 people share a handful. */
function todayByZone(now: Date): (zone: string) => string {
  const dates = new Map<string, string>();
  return (zone) => {
    let date = dates.get(zone);
    if (date === undefined) dates.set(zone, (date = localDate(now, zone)));
    return date;
  };
}

interface WeekMeetingRow {
  id: string;
  date: string;
  starts_at: string;
  status: HomeMeeting['status'];
  notes: number;
  agenda_me: number;
  agenda_them: number;
  actions: number;
  carried: number;
}

/**
 * Counts come from the open items linked to the meeting. Carried over: the item also sits on
 * another meeting (carrying an item is a new link; a moved meeting hands its links on, and a
 * recurring instance or a fresh "next time" topic sits on one meeting only).
 * The open items are found from the person's side (their few open items, side by side in
 * the (person_id, state) index) and tested for a link to this meeting by primary key, not by
 * visiting every item ever linked to the meeting by its UUID: at director scale those visits
 * land on pages scattered over millions of items and missed the page cache on every call
 * (Home took 130 ms for 243 meetings; this way 20). An item belongs to the person whose 1:1s
 * it is on (schedule.ts and queries.ts link only that person's items).
 */
const WEEK_MEETINGS = `
  SELECT m.id, m.date, m.starts_at, m.status,
    (m.shared_notes <> '' OR m.private_notes <> '') AS notes,
    count(CASE WHEN i.kind = 'agenda' AND i.side = 'me' THEN 1 END) AS agenda_me,
    count(CASE WHEN i.kind = 'agenda' AND i.side = 'them' THEN 1 END) AS agenda_them,
    count(CASE WHEN i.kind = 'action' THEN 1 END) AS actions,
    count(CASE WHEN EXISTS (
      SELECT 1 FROM oo_meeting_items x WHERE x.item_id = i.id AND x.meeting_id <> m.id) THEN 1 END) AS carried
  FROM oo_meetings m
  LEFT JOIN oo_items i ON i.person_id = m.person_id AND i.state = 'open'
    AND EXISTS (SELECT 1 FROM oo_meeting_items mi WHERE mi.meeting_id = m.id AND mi.item_id = i.id)
  WHERE m.person_id = ? AND m.date BETWEEN ? AND ? AND m.status <> 'moved'
  GROUP BY m.seq ORDER BY m.date, m.time, m.seq`;

/**
 * Each active person's 1:1s (held, scheduled or skipped) that start within `week` on the
 * manager's clock (`myZone`). A meeting's own date is at most two days either side of the
 * manager's date for it (zones run from UTC−12 to UTC+14), so the index narrows by date
 * and the exact test is on the start instant.
 */
export function meetingsThisWeek(
  db: ReadableDB,
  people: PersonZone[],
  now: Date,
  week: { start: string; end: string },
  myZone: string,
): HomeMeeting[] {
  const out: HomeMeeting[] = [];
  const todayIn = todayByZone(now);
  for (const p of people) {
    const today = todayIn(p.zone);
    const rows = stmt(db, WEEK_MEETINGS).all(p.id, addDays(week.start, -2), addDays(week.end, 2)) as WeekMeetingRow[];
    for (const r of rows) {
      const mine = wallClockAt(r.starts_at, myZone);
      if (mine.date < week.start || mine.date > week.end) continue;
      out.push({
        meetingId: r.id,
        personId: p.id,
        personName: p.name,
        person: { callName: p.callName, timeZone: p.ownZone },
        startsAt: r.starts_at,
        status: r.status,
        agendaFromMe: r.agenda_me,
        agendaFromThem: r.agenda_them,
        carriedOver: r.carried,
        openActions: r.actions,
        notesStarted: r.notes === 1,
        notMarkedHeld: r.status === 'scheduled' && r.date < today,
      });
    }
  }
  return out.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.personName.localeCompare(b.personName));
}

interface ActionRow {
  id: string;
  text: string;
  side: HomeAction['side'];
  due_date: string;
  meeting_id: string | null;
}

/**
 * Open actions due before the person's today (due today is not overdue yet), oldest due first.
 * The meeting shown is the newest one the action sits on: the upcoming one once it carries.
 */
const OVERDUE = `
  SELECT i.id, i.text, i.side, i.due_date,
    coalesce((SELECT m.id FROM oo_meeting_items mi JOIN oo_meetings m ON m.id = mi.meeting_id
              WHERE mi.item_id = i.id ORDER BY m.date DESC, m.seq DESC LIMIT 1), i.origin_meeting_id) AS meeting_id
  FROM oo_items i INDEXED BY oo_items_open
  WHERE i.person_id = ? AND i.state = 'open' AND i.recurring_id IS NULL AND i.kind = 'action'
    AND i.due_date IS NOT NULL AND i.due_date < ?
  ORDER BY i.due_date, i.seq`;

export function overdueActions(db: ReadableDB, people: PersonZone[], now: Date): HomeAction[] {
  const out: HomeAction[] = [];
  const todayIn = todayByZone(now);
  for (const p of people) {
    const today = todayIn(p.zone);
    for (const r of stmt(db, OVERDUE).all(p.id, today) as ActionRow[]) {
      out.push({
        itemId: r.id,
        personId: p.id,
        personName: p.name,
        text: r.text,
        side: r.side,
        dueDate: r.due_date,
        daysOverdue: daysBetween(r.due_date, today),
        meetingId: r.meeting_id,
      });
    }
  }
  return out.sort(
    (a, b) =>
      b.daysOverdue - a.daysOverdue || a.dueDate.localeCompare(b.dueDate) || a.personName.localeCompare(b.personName),
  );
}
