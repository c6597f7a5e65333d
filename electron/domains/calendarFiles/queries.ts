import type { CalendarException } from '#shared/calendarFiles/model';
import type { ReadableDB, WritableDB } from '../../db/access';

export function personForUid(db: ReadableDB, uid: string): string | null {
  return (db.prepare('SELECT person_id FROM cal_series WHERE uid = ?').pluck().get(uid) as string | undefined) ?? null;
}

export function uidForPerson(db: ReadableDB, personId: string): string | null {
  return (
    (db.prepare('SELECT uid FROM cal_series WHERE person_id = ?').pluck().get(personId) as string | undefined) ?? null
  );
}

export function personForEmail(db: ReadableDB, email: string): string | null {
  return (
    (db
      .prepare('SELECT a.person_id FROM cal_addresses a JOIN people p ON p.id = a.person_id WHERE a.email = ?')
      .pluck()
      .get(email) as string | undefined) ?? null
  );
}

/** People whose name or preferred name is `name`, ignoring case. */
export function peopleNamed(db: ReadableDB, name: string): { id: string; name: string }[] {
  return db
    .prepare(
      `SELECT id, name FROM people
        WHERE lower(trim(name)) = lower(trim(@name)) OR (preferred_name <> '' AND lower(trim(preferred_name)) = lower(trim(@name)))
        ORDER BY name, id`,
    )
    .all({ name }) as { id: string; name: string }[];
}

export function personName(db: ReadableDB, id: string): string | null {
  return (db.prepare('SELECT name FROM people WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
}

export function hasSeries(db: ReadableDB, personId: string): boolean {
  return db.prepare('SELECT 1 FROM oo_series WHERE person_id = ?').get(personId) !== undefined;
}

/** Links the person's series to the calendar event; an event re-imported under a new UID (a split series) replaces the old link. */
export function saveLink(db: WritableDB, uid: string, personId: string, endsOn: string | null, stamp: string): void {
  db.prepare('DELETE FROM cal_series WHERE person_id = ? AND uid <> ?').run(personId, uid);
  db.prepare(
    `INSERT INTO cal_series (uid, person_id, ends_on, imported_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (uid) DO UPDATE SET person_id = excluded.person_id, ends_on = excluded.ends_on, imported_at = excluded.imported_at`,
  ).run(uid, personId, endsOn, stamp);
}

/** The calendar's cancelled and moved dates replace the previous import's. */
export function replaceExceptions(db: WritableDB, personId: string, exceptions: CalendarException[]): void {
  db.prepare('DELETE FROM cal_exceptions WHERE person_id = ?').run(personId);
  const insert = db.prepare(
    'INSERT INTO cal_exceptions (person_id, date, kind, to_date, to_time) VALUES (?, ?, ?, ?, ?)',
  );
  for (const e of exceptions) {
    insert.run(personId, e.date, e.kind, e.kind === 'moved' ? e.toDate : null, e.kind === 'moved' ? e.toTime : null);
  }
}

export function saveAddress(db: WritableDB, email: string, personId: string): void {
  db.prepare(
    'INSERT INTO cal_addresses (email, person_id) VALUES (?, ?) ON CONFLICT (email) DO UPDATE SET person_id = excluded.person_id',
  ).run(email, personId);
}
