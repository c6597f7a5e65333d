import type ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { resolveZone, type ResolvedZone } from './zones';

export type TimeZoneOf = { kind: 'utc' } | { kind: 'floating' } | { kind: 'date' } | { kind: 'zone'; tzid: string };

/** How a DTSTART-like property places its time: a date, UTC, a named zone, or nowhere (floating). */
export function zoneOfProperty(property: ICAL.Property): TimeZoneOf {
  const value = property.getFirstValue() as ICAL.Time;
  if (value.isDate) return { kind: 'date' };
  const tzid = property.getParameter('tzid');
  if (typeof tzid === 'string' && tzid) return { kind: 'zone', tzid };
  if (value.zone?.tzid === 'UTC' || String(property.toICALString()).toUpperCase().endsWith('Z')) return { kind: 'utc' };
  return { kind: 'floating' };
}

/** The IANA location a file's VTIMEZONE gives for a TZID (X-LIC-LOCATION), if any. */
export function licLocation(calendars: ICAL.Component[], tzid: string): string | null {
  for (const calendar of calendars) {
    for (const tz of calendar.getAllSubcomponents('vtimezone')) {
      if (tz.getFirstPropertyValue('tzid') === tzid) {
        const location = tz.getFirstPropertyValue('x-lic-location');
        return typeof location === 'string' ? location : null;
      }
    }
  }
  return null;
}

export const isoDate = (t: ICAL.Time) =>
  `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
export const hhmm = (t: ICAL.Time) => `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;

/**
 * A time from the file (EXDATE, RECURRENCE-ID, a moved occurrence's DTSTART, UNTIL) as a date
 * and time on the series' wall clock. A floating time is read in the series' zone; a zone the
 * file names but Cairn does not know gives null.
 */
export function onSeriesClock(
  value: ICAL.Time,
  tzid: string | null,
  seriesZone: string,
  calendars: ICAL.Component[],
): { date: string; time: string | null } | null {
  if (value.isDate) return { date: isoDate(value), time: null };
  let zone: ResolvedZone | null = { timeZone: seriesZone, from: null };
  if (value.zone?.tzid === 'UTC') zone = { timeZone: 'UTC', from: null };
  else if (tzid) zone = resolveZone(tzid, licLocation(calendars, tzid));
  if (!zone) return null;
  const local = DateTime.fromObject(
    { year: value.year, month: value.month, day: value.day, hour: value.hour, minute: value.minute },
    { zone: zone.timeZone },
  ).setZone(seriesZone);
  return { date: local.toISODate()!, time: local.toFormat('HH:mm') };
}
