import ICAL from 'ical.js';
import type { SeriesExport } from '#shared/calendarFiles/model';
import type { Series } from '#shared/oneOnOnes/model';
import { weekdayOfMonth } from '#shared/oneOnOnes/cadence';
import type { QueryContext } from '../../ipc/context';
import { notFound } from '../../ipc/domainError';
import * as oq from '../oneOnOnes/queries';
import { vtimezone } from './vtimezone';

/** Years of zone changes written into the file: enough for a series' life in any calendar. */
const ZONE_YEARS = 10;
const MEETING_LENGTH = 'PT30M';

const RULES: Record<Series['cadence'], (s: Series) => string> = {
  weekly: () => 'FREQ=WEEKLY',
  biweekly: () => 'FREQ=WEEKLY;INTERVAL=2',
  monthly: (s) => `FREQ=MONTHLY${monthlyByDay(s)}`,
  custom: (s) => `FREQ=DAILY;INTERVAL=${s.everyDays}`,
};

const CODES = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The weekday of the month a monthly series keeps, as iCalendar says it: BYDAY=2TU, BYDAY=-1FR. */
function monthlyByDay(s: Series): string {
  if (s.monthlyBy === 'day') return '';
  const { ordinal, weekday } = weekdayOfMonth(s.firstDate);
  return `;BYDAY=${s.monthlyBy === 'last_weekday' ? -1 : ordinal}${CODES[weekday]}`;
}

const localDateTime = (date: string, time: string) => `${date}T${time}:00`;

function zoned(name: string, value: string, timeZone: string): ICAL.Property {
  return new ICAL.Property([name, { tzid: timeZone }, 'date-time', value]);
}

/**
 * A person's 1:1 series as an .ics file: one recurring event in the series' own zone with
 * its VTIMEZONE, so every calendar shows it at the right time wherever it is opened. Dates
 * Cairn skipped are left out (EXDATE), moved ones are moved (RECURRENCE-ID). The person's
 * name is in the title; no note, agenda or action ever is.
 */
export function exportSeries(ctx: QueryContext, personId: string): SeriesExport {
  const person = ctx.db.prepare('SELECT name FROM people WHERE id = ?').pluck().get(personId) as string | undefined;
  if (person === undefined) throw notFound('person', 'personId');
  const series = oq.findSeries(ctx.db, personId);
  if (!series) throw notFound('1:1 series for this person', 'personId');
  const endsOn = ctx.db.prepare('SELECT ends_on FROM cal_series WHERE person_id = ?').pluck().get(personId) as
    string | null | undefined;
  const changed = ctx.db
    .prepare(
      `SELECT slot_date, status, moved_to, (SELECT time FROM oo_meetings n WHERE n.person_id = m.person_id AND n.slot_date = m.slot_date
              AND n.date = m.moved_to AND n.status <> 'moved' LIMIT 1) AS moved_time
         FROM oo_meetings m WHERE person_id = ? AND status IN ('skipped', 'moved') ORDER BY slot_date`,
    )
    .all(personId) as {
    slot_date: string;
    status: 'skipped' | 'moved';
    moved_to: string | null;
    moved_time: string | null;
  }[];

  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', '-//Cairn//1:1 series//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  const firstYear = Number(series.firstDate.slice(0, 4));
  const thisYear = ctx.now().getUTCFullYear();
  calendar.addSubcomponent(vtimezone(series.timeZone, Math.min(firstYear, thisYear), thisYear + ZONE_YEARS));

  const uid = `cairn-series-${series.id}`;
  const stamp = ICAL.Time.fromJSDate(ctx.now(), true);
  const summary = `1:1 with ${person}`;
  const event = (first: boolean) => {
    const e = new ICAL.Component('vevent');
    e.addPropertyWithValue('uid', uid);
    e.addPropertyWithValue('dtstamp', stamp);
    e.addPropertyWithValue('summary', summary);
    e.addPropertyWithValue('duration', ICAL.Duration.fromString(MEETING_LENGTH));
    if (first) calendar.addSubcomponent(e);
    return e;
  };
  const master = event(true);
  master.addProperty(zoned('dtstart', localDateTime(series.firstDate, series.time), series.timeZone));
  const until = endsOn ? `;UNTIL=${endsOn.replaceAll('-', '')}T235959Z` : '';
  master.addPropertyWithValue('rrule', ICAL.Recur.fromString(`${RULES[series.cadence](series)}${until}`));
  for (const c of changed) {
    const original = localDateTime(c.slot_date, series.time);
    if (c.status === 'skipped') {
      master.addProperty(zoned('exdate', original, series.timeZone));
    } else if (c.moved_to && c.moved_time) {
      const moved = event(true);
      moved.addProperty(zoned('recurrence-id', original, series.timeZone));
      moved.addProperty(zoned('dtstart', localDateTime(c.moved_to, c.moved_time), series.timeZone));
    }
  }
  const safeName = person.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'person';
  return { fileBaseName: `1-1-${safeName}`, ics: calendar.toString() + '\r\n' };
}
