import type { Counterpart } from '#shared/oneOnOnes/model';
import type { ReadableDB } from '../../db/access';
import { stmt } from './statements';

/**
 * The other side of a 1:1, as the screens need them to show "15:30 for Priya": the name
 * they go by and their own zone (their profile's, else the zone their series is anchored
 * to, which is how series were set up before the manager had a zone of their own).
 */
export function counterpart(db: ReadableDB, personId: string): Counterpart {
  const row = stmt(
    db,
    `SELECT p.name, p.preferred_name, p.time_zone, s.time_zone AS series_zone
     FROM people p LEFT JOIN oo_series s ON s.person_id = p.id WHERE p.id = ?`,
  ).get(personId) as
    { name: string; preferred_name: string; time_zone: string | null; series_zone: string | null } | undefined;
  if (!row) return { callName: '', timeZone: null };
  return counterpartOf(row, row.series_zone);
}

/** The same from a person's columns and their series' zone, for a view that has read both already. */
export function counterpartOf(
  person: { name: string; preferred_name: string; time_zone: string | null },
  seriesZone: string | null,
): Counterpart {
  return { callName: callName(person.name, person.preferred_name), timeZone: person.time_zone ?? seriesZone };
}

/** The preferred name when one is set, else the first word of the full name. */
export function callName(name: string, preferredName: string): string {
  return preferredName.trim() || name.trim().split(/\s+/)[0] || name;
}
