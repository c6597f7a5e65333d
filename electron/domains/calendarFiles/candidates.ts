import type ICAL from 'ical.js';
import { localDate } from '#shared/calendar';
import { formatDate } from '#shared/format';
import type { CalendarException, CalendarProblem, ScheduleFromFile } from '#shared/calendarFiles/model';
import { endDate } from './endDate';
import { hhmm, isoDate, licLocation, onSeriesClock, zoneOfProperty } from './eventTimes';
import { participantsOf, type Participant } from './participants';
import { lineOf, type CalendarFile, type FileEvent } from './readCalendar';
import { cadenceFromRule } from './ruleToCadence';
import { resolveZone } from './zones';

/** A recurring event between two people that a Cairn series can follow. */
export interface Candidate extends ScheduleFromFile {
  uid: string;
  line: number;
  summary: string;
  participants: Participant[];
}

export interface Candidates {
  candidates: Candidate[];
  problems: CalendarProblem[];
  recurring: number;
  otherRecurring: number;
  /** In how many recurring events each address takes part: the calendar's owner is in most. */
  addressCounts: Map<string, number>;
}

const text = (c: ICAL.Component, name: string) => {
  const v = c.getFirstPropertyValue(name);
  return typeof v === 'string' ? v.trim() : '';
};

/** The dates the calendar cancelled (EXDATE, a cancelled occurrence) or moved (RECURRENCE-ID), from today on. */
function exceptionsOf(
  master: FileEvent,
  overrides: FileEvent[],
  zone: string,
  time: string,
  today: string,
  file: CalendarFile,
): CalendarException[] | string {
  const found = new Map<string, CalendarException>();
  for (const property of master.component.getAllProperties('exdate')) {
    const tzid = property.getParameter('tzid');
    for (const value of property.getValues() as ICAL.Time[]) {
      const at = onSeriesClock(value, typeof tzid === 'string' ? tzid : null, zone, file.calendars);
      if (!at)
        return `a cancelled date (EXDATE, line ${lineOf(master, 'exdate')}) uses a time zone Cairn does not know.`;
      if (at.date >= today) found.set(at.date, { date: at.date, kind: 'skipped' });
    }
  }
  for (const override of overrides) {
    const idProperty = override.component.getFirstProperty('recurrence-id')!;
    if (idProperty.getParameter('range')) {
      return `a change at line ${override.line} applies to "this and following" meetings, which Cairn cannot follow; split the series in your calendar first.`;
    }
    const tzid = idProperty.getParameter('tzid');
    const original = onSeriesClock(
      idProperty.getFirstValue() as ICAL.Time,
      typeof tzid === 'string' ? tzid : null,
      zone,
      file.calendars,
    );
    if (!original) return `a changed meeting (line ${override.line}) uses a time zone Cairn does not know.`;
    if (original.date < today) continue;
    if (text(override.component, 'status').toUpperCase() === 'CANCELLED') {
      found.set(original.date, { date: original.date, kind: 'skipped' });
      continue;
    }
    const start = override.component.getFirstProperty('dtstart');
    if (!start) continue;
    const startTzid = start.getParameter('tzid');
    const moved = onSeriesClock(
      start.getFirstValue() as ICAL.Time,
      typeof startTzid === 'string' ? startTzid : null,
      zone,
      file.calendars,
    );
    if (!moved || moved.time === null)
      return `the meeting moved at line ${override.line} has no time or an unknown time zone.`;
    if (moved.date !== original.date || moved.time !== time) {
      found.set(original.date, { date: original.date, kind: 'moved', toDate: moved.date, toTime: moved.time });
    }
  }
  return [...found.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Every recurring event of the file between exactly two people, as the series Cairn would
 * keep, or the reason it cannot (with the event's summary and line). Nothing is expanded:
 * a rule Cairn accepts meets on exactly Cairn's slots, so its dates follow from the cadence.
 */
export function findCandidates(file: CalendarFile, now: Date): Candidates {
  const result: Candidates = {
    candidates: [],
    problems: [],
    recurring: 0,
    otherRecurring: 0,
    addressCounts: new Map(),
  };
  const overridesByUid = new Map<string, FileEvent[]>();
  for (const e of file.events) {
    if (!e.component.hasProperty('recurrence-id')) continue;
    const uid = text(e.component, 'uid');
    overridesByUid.set(uid, [...(overridesByUid.get(uid) ?? []), e]);
  }

  for (const event of file.events) {
    const c = event.component;
    if (c.hasProperty('recurrence-id') || !(c.hasProperty('rrule') || c.hasProperty('rdate'))) continue;
    result.recurring += 1;
    const summary = text(c, 'summary') || '(no title)';
    const problem = (message: string, line = event.line) => result.problems.push({ line, summary, message });

    const { people, hasGroup } = participantsOf(c);
    for (const p of people)
      if (p.email) result.addressCounts.set(p.email, (result.addressCounts.get(p.email) ?? 0) + 1);
    if (hasGroup || people.length !== 2) {
      result.otherRecurring += 1;
      continue;
    }
    const uid = text(c, 'uid');
    if (!uid) {
      problem(
        'it has no UID, so a later import could not find it again; Cairn needs one to update instead of duplicating.',
      );
      continue;
    }
    if (text(c, 'status').toUpperCase() === 'CANCELLED') {
      problem('the whole series is cancelled in your calendar.', lineOf(event, 'status'));
      continue;
    }
    const start = c.getFirstProperty('dtstart');
    if (!start) {
      problem('it has no start time (DTSTART): give it one in your calendar and export it again.');
      continue;
    }
    const startLine = lineOf(event, 'dtstart');
    const where = zoneOfProperty(start);
    if (where.kind === 'date') {
      problem('it is an all-day event; a 1:1 series needs a time of day.', startLine);
      continue;
    }
    if (where.kind === 'floating') {
      problem(
        'its time has no time zone (a "floating" time), so Cairn cannot tell when it happens. Export the calendar with time zones.',
        startLine,
      );
      continue;
    }
    const zone =
      where.kind === 'utc'
        ? { timeZone: 'UTC', from: null }
        : resolveZone(where.tzid, licLocation(file.calendars, where.tzid));
    if (!zone) {
      problem(
        `its time zone “${where.kind === 'zone' ? where.tzid : ''}” is not one Cairn knows: export the calendar with standard time zones.`,
        startLine,
      );
      continue;
    }
    if (c.getAllProperties('rrule').length !== 1) {
      problem(
        c.hasProperty('rrule')
          ? 'it has several repeat rules (RRULE); a Cairn series follows one.'
          : 'it repeats only on listed dates (RDATE), not by a rule.',
        lineOf(event, c.hasProperty('rrule') ? 'rrule' : 'rdate'),
      );
      continue;
    }
    if (c.hasProperty('rdate')) {
      problem('it adds extra dates (RDATE) that a Cairn series cannot follow.', lineOf(event, 'rdate'));
      continue;
    }
    const first = start.getFirstValue() as ICAL.Time;
    const rule = c.getFirstPropertyValue('rrule') as ICAL.Recur;
    const firstDate = isoDate(first);
    const cadence = cadenceFromRule(rule, firstDate);
    if ('cannot' in cadence) {
      problem(`Cairn cannot follow its repeat rule: ${cadence.cannot}`, lineOf(event, 'rrule'));
      continue;
    }
    const time = hhmm(first);
    const today = localDate(now, zone.timeZone);
    const endsOn = endDate(rule, { ...cadence, firstDate }, time, zone.timeZone, file.calendars);
    if (endsOn !== null && endsOn < today) {
      problem(
        `the series ended on ${formatDate(endsOn, { year: 'always' })}; there is nothing left to schedule.`,
        lineOf(event, 'rrule'),
      );
      continue;
    }
    const exceptions = exceptionsOf(event, overridesByUid.get(uid) ?? [], zone.timeZone, time, today, file);
    if (typeof exceptions === 'string') {
      problem(exceptions);
      continue;
    }
    result.candidates.push({
      uid,
      line: event.line,
      summary,
      participants: people,
      ...cadence,
      firstDate,
      time,
      timeZone: zone.timeZone,
      zoneFrom: zone.from,
      endsOn,
      exceptions,
    });
  }
  return result;
}
