import { stmt } from './statements';
import { randomUUID } from 'node:crypto';
import type { Item, MeetingStatus, MeetingSummary, PrepItem, Series, SeriesInput } from '#shared/oneOnOnes/model';
import type { ReadableDB, WritableDB } from '../../db/access';

interface SeriesRow {
  id: string;
  person_id: string;
  cadence: Series['cadence'];
  every_days: number | null;
  first_date: string;
  time: string;
  time_zone: string;
  monthly_by: Series['monthlyBy'];
}

export interface MeetingRow {
  seq: number;
  id: string;
  person_id: string;
  slot_date: string;
  date: string;
  time: string;
  time_zone: string;
  starts_at: string;
  status: MeetingStatus;
  moved_to: string | null;
  shared_notes: string;
  private_notes: string;
  mood: number | null;
  held_at: string | null;
  unlocked_at: string | null;
  edited_after_unlock_at: string | null;
}

interface ItemRow {
  id: string;
  person_id: string;
  kind: Item['kind'];
  side: Item['side'];
  text: string;
  state: Item['state'];
  due_date: string | null;
  queued: number;
  recurring_id: string | null;
  origin_meeting_id: string | null;
  origin_date: string | null;
  closed_at: string | null;
}

const toSeries = (r: SeriesRow): Series => ({
  id: r.id,
  personId: r.person_id,
  cadence: r.cadence,
  everyDays: r.every_days,
  firstDate: r.first_date,
  time: r.time,
  timeZone: r.time_zone,
  monthlyBy: r.monthly_by,
});

export const toItem = (r: ItemRow): Item => ({
  id: r.id,
  personId: r.person_id,
  kind: r.kind,
  side: r.side,
  text: r.text,
  state: r.state,
  dueDate: r.due_date,
  queued: r.queued === 1,
  recurringId: r.recurring_id,
  originMeetingId: r.origin_meeting_id,
  originDate: r.origin_date,
  closedAt: r.closed_at,
});

export function tagsOf(db: ReadableDB, meetingId: string): string[] {
  return stmt(db, 'SELECT tag FROM oo_meeting_tags WHERE meeting_id = ? ORDER BY tag')
    .pluck()
    .all(meetingId) as string[];
}

/** The columns of a meeting a summary shows (never the notes). */
export type SummaryColumns = Pick<
  MeetingRow,
  'id' | 'person_id' | 'date' | 'time' | 'time_zone' | 'starts_at' | 'status' | 'moved_to' | 'mood'
>;

/** A meeting's summary from its row and its tags, read apart or gathered by the same statement. */
export function summaryOf(r: SummaryColumns, tags: string[]): MeetingSummary {
  return {
    id: r.id,
    personId: r.person_id,
    date: r.date,
    time: r.time,
    timeZone: r.time_zone,
    startsAt: r.starts_at,
    status: r.status,
    movedTo: r.moved_to,
    mood: r.mood,
    tags,
  };
}

export function toSummary(db: ReadableDB, r: MeetingRow): MeetingSummary {
  return summaryOf(r, tagsOf(db, r.id));
}

// --- series ---------------------------------------------------------------

export function findSeries(db: ReadableDB, personId: string): Series | null {
  const row = stmt(db, 'SELECT * FROM oo_series WHERE person_id = ?').get(personId) as SeriesRow | undefined;
  return row ? toSeries(row) : null;
}

export function upsertSeries(db: WritableDB, fields: SeriesInput, stamp: string): void {
  stmt(
    db,
    `INSERT INTO oo_series (id, person_id, cadence, every_days, first_date, time, time_zone, monthly_by, created_at, updated_at)
     VALUES (@id, @personId, @cadence, @everyDays, @firstDate, @time, @timeZone, @monthlyBy, @stamp, @stamp)
     ON CONFLICT (person_id) DO UPDATE SET cadence = excluded.cadence, every_days = excluded.every_days,
       first_date = excluded.first_date, time = excluded.time, time_zone = excluded.time_zone,
       monthly_by = excluded.monthly_by, updated_at = excluded.updated_at`,
  ).run({
    ...fields,
    everyDays: fields.cadence === 'custom' ? fields.everyDays : null,
    monthlyBy: fields.cadence === 'monthly' ? (fields.monthlyBy ?? 'day') : 'day',
    id: randomUUID(),
    stamp,
  });
}

// --- meetings ---------------------------------------------------------------

export function findMeeting(db: ReadableDB, id: string): MeetingRow | undefined {
  return stmt(db, 'SELECT * FROM oo_meetings WHERE id = ?').get(id) as MeetingRow | undefined;
}

/**
 * A meeting found through the (person, status, date) index: its seq from the index alone, then
 * the row by primary key. Measured on a decade of data, SQLite's own plan for `SELECT *`
 * through that index took twice as long (24 µs against 13), and the prep view needs two.
 */
function meetingAt(db: ReadableDB, seqSql: string, personId: string): MeetingRow | undefined {
  const seq = stmt(db, seqSql).pluck().get(personId) as number | undefined;
  return seq === undefined ? undefined : (stmt(db, 'SELECT * FROM oo_meetings WHERE seq = ?').get(seq) as MeetingRow);
}

/** The one meeting still to come: the earliest scheduled one. */
export function findUpcoming(db: ReadableDB, personId: string): MeetingRow | undefined {
  return meetingAt(
    db,
    "SELECT seq FROM oo_meetings WHERE person_id = ? AND status = 'scheduled' ORDER BY date, seq LIMIT 1",
    personId,
  );
}

export function latestSlot(db: ReadableDB, personId: string): string | null {
  return (
    (stmt(db, 'SELECT max(slot_date) FROM oo_meetings WHERE person_id = ?').pluck().get(personId) as string | null) ??
    null
  );
}

export function lastHeld(db: ReadableDB, personId: string): MeetingRow | undefined {
  return meetingAt(
    db,
    "SELECT seq FROM oo_meetings WHERE person_id = ? AND status = 'held' ORDER BY date DESC, seq DESC LIMIT 1",
    personId,
  );
}

export function listMeetings(db: ReadableDB, personId: string): MeetingRow[] {
  return stmt(db, 'SELECT * FROM oo_meetings WHERE person_id = ? ORDER BY date DESC, seq DESC').all(
    personId,
  ) as MeetingRow[];
}

export interface NewMeeting {
  personId: string;
  slotDate: string;
  date: string;
  time: string;
  timeZone: string;
  startsAt: string;
}

export function insertMeeting(db: WritableDB, m: NewMeeting, stamp: string): string {
  const id = randomUUID();
  stmt(
    db,
    `INSERT INTO oo_meetings (id, person_id, slot_date, date, time, time_zone, starts_at, created_at, updated_at)
     VALUES (@id, @personId, @slotDate, @date, @time, @timeZone, @startsAt, @stamp, @stamp)`,
  ).run({ ...m, id, stamp });
  return id;
}

/** A later meeting of the same person has been held: this one is history. */
/**
 * Whether a later meeting of the person was held: one range of the (person, status, date, seq)
 * index as a row value. Spelt `date > ? OR (date = ? AND seq > ?)` it read all their held ones.
 */
export function isLocked(db: ReadableDB, m: Pick<MeetingRow, 'unlocked_at' | 'person_id' | 'date' | 'seq'>): boolean {
  if (m.unlocked_at) return false;
  const later = stmt(
    db,
    `SELECT 1 FROM oo_meetings WHERE person_id = ? AND status = 'held' AND (date, seq) > (?, ?) LIMIT 1`,
  ).get(m.person_id, m.date, m.seq);
  return later !== undefined;
}

export function setTags(db: WritableDB, meetingId: string, tags: string[]): void {
  stmt(db, 'DELETE FROM oo_meeting_tags WHERE meeting_id = ?').run(meetingId);
  const add = stmt(db, 'INSERT OR IGNORE INTO oo_meeting_tags (meeting_id, tag) VALUES (?, ?)');
  for (const tag of tags) add.run(meetingId, tag);
}

// --- items ------------------------------------------------------------------

const SELECT_ITEM = `
  SELECT i.*, om.date AS origin_date FROM oo_items i
  LEFT JOIN oo_meetings om ON om.id = i.origin_meeting_id`;

export function findItem(db: ReadableDB, id: string): Item | null {
  const row = stmt(db, `${SELECT_ITEM} WHERE i.id = ?`).get(id) as ItemRow | undefined;
  return row ? toItem(row) : null;
}

export function itemsOfMeeting(db: ReadableDB, meetingId: string): Item[] {
  return (
    stmt(
      db,
      `${SELECT_ITEM} JOIN oo_meeting_items mi ON mi.item_id = i.id WHERE mi.meeting_id = ? ORDER BY mi.position, i.seq`,
    ).all(meetingId) as ItemRow[]
  ).map(toItem);
}

/**
 * Open items that carry over (recurring instances belong to one meeting and never do), each
 * with whether it has already been on a held, skipped or moved meeting (carried), in the
 * prep view's shape: built once here rather than copied again to rename a field.
 */
export function openItems(db: ReadableDB, personId: string): PrepItem[] {
  const rows = stmt(
    db,
    // oo_items_open holds exactly these rows and columns in seq order; id+status+date answer
    // both meeting lookups from the index, never the meeting rows with their notes (migration 008).
    // Seen: an item's origin meeting is the first it sat on, so one no longer scheduled means it
    // has been discussed (moving a meeting moves its items' origin too). Only items with no
    // origin (the "next time" queue) need the search through every meeting they were linked to,
    // which cost 6 µs an item, most of the prep view, when done for all.
    `SELECT i.id, i.person_id, i.kind, i.side, i.text, i.state, i.due_date, i.queued, i.recurring_id, i.origin_meeting_id,
       i.closed_at, om.date AS origin_date,
       CASE WHEN om.status IS NOT NULL THEN om.status <> 'scheduled'
         ELSE EXISTS (SELECT 1 FROM oo_meeting_items mi JOIN oo_meetings m INDEXED BY oo_meetings_id_status ON m.id = mi.meeting_id
                      WHERE mi.item_id = i.id AND m.status <> 'scheduled') END AS seen
     FROM oo_items i INDEXED BY oo_items_open LEFT JOIN oo_meetings om INDEXED BY oo_meetings_id_status ON om.id = i.origin_meeting_id
     WHERE i.person_id = ? AND i.state = 'open' AND i.recurring_id IS NULL ORDER BY i.seq`,
  )
    .raw()
    .all(personId) as OpenItemRow[];
  // Rows as arrays, mapped once: better-sqlite3's row objects and a second copy cost a fifth of the view.
  return rows.map(
    ([
      id,
      pid,
      kind,
      side,
      text,
      state,
      dueDate,
      queued,
      recurringId,
      originMeetingId,
      closedAt,
      originDate,
      seen,
    ]) => ({
      id,
      personId: pid,
      kind,
      side,
      text,
      state,
      dueDate,
      queued: queued === 1,
      recurringId,
      originMeetingId,
      originDate,
      closedAt,
      carried: seen === 1,
    }),
  );
}

type OpenItemRow = [
  id: string,
  personId: string,
  kind: Item['kind'],
  side: Item['side'],
  text: string,
  state: Item['state'],
  dueDate: string | null,
  queued: number,
  recurringId: string | null,
  originMeetingId: string | null,
  closedAt: string | null,
  originDate: string | null,
  seen: number,
];

export function isLinked(db: ReadableDB, meetingId: string, itemId: string): boolean {
  return (
    stmt(db, 'SELECT 1 FROM oo_meeting_items WHERE meeting_id = ? AND item_id = ?').get(meetingId, itemId) !== undefined
  );
}

export function link(db: WritableDB, meetingId: string, itemId: string): void {
  const position = stmt(db, 'SELECT coalesce(max(position), 0) + 1 FROM oo_meeting_items WHERE meeting_id = ?')
    .pluck()
    .get(meetingId) as number;
  stmt(db, 'INSERT OR IGNORE INTO oo_meeting_items (meeting_id, item_id, position) VALUES (?, ?, ?)').run(
    meetingId,
    itemId,
    position,
  );
}

export interface NewItem {
  personId: string;
  kind: Item['kind'];
  side: Item['side'];
  text: string;
  dueDate: string | null;
  queued: boolean;
  recurringId: string | null;
  originMeetingId: string | null;
}

export function insertItem(db: WritableDB, item: NewItem, stamp: string): string {
  const id = randomUUID();
  stmt(
    db,
    `INSERT INTO oo_items (id, person_id, kind, side, text, due_date, queued, recurring_id, origin_meeting_id, created_at, updated_at)
     VALUES (@id, @personId, @kind, @side, @text, @dueDate, @queued, @recurringId, @originMeetingId, @stamp, @stamp)`,
  ).run({ ...item, queued: item.queued ? 1 : 0, id, stamp });
  return id;
}

/** An agenda item of mine put on a meeting: an instance of a recurring topic, or from a template (recurringId null). */
export function addMyAgendaItem(
  db: WritableDB,
  meeting: { id: string; personId: string },
  text: string,
  recurringId: string | null,
  stamp: string,
): void {
  const item: NewItem = {
    personId: meeting.personId,
    kind: 'agenda',
    side: 'me',
    text,
    dueDate: null,
    queued: false,
    recurringId,
    originMeetingId: meeting.id,
  };
  link(db, meeting.id, insertItem(db, item, stamp));
}
