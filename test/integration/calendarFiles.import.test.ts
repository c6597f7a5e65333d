import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportSeriesResult } from '#shared/calendarFiles/model';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';

const fixture = (path: string) => readFileSync(join(__dirname, '../fixtures/calendars', path), 'utf8');

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-12-01T08:00:00Z') }); // a Tuesday
});
afterEach(() => app.close());

const preview = (ics: string) => app.call('calendarFiles.importSeries', { ics, commit: false });
const commit = (ics: string, include?: string[]) =>
  app.call('calendarFiles.importSeries', { ics, commit: true, include });
const refusal = (ics: string) => {
  const r = app.send('calendarFiles.importSeries', { ics, commit: true });
  if (r.ok) throw new Error('expected a refusal');
  return r.error.message;
};
const count = (sql: string) => app.db.prepare(sql).pluck().get() as number;
const tables = () => ({
  people: count('SELECT count(*) FROM people'),
  series: count('SELECT count(*) FROM oo_series'),
  meetings: count('SELECT count(*) FROM oo_meetings'),
  links: count('SELECT count(*) FROM cal_series'),
  exceptions: count('SELECT count(*) FROM cal_exceptions'),
});
const problemFor = (r: ImportSeriesResult, summary: string) => r.problems.find((p) => p.summary === summary);
const personNamed = (name: string) =>
  app.db.prepare('SELECT id FROM people WHERE name = ?').pluck().get(name) as string;
const upcoming = (personId: string) => app.call('oneOnOnes.prep', { personId }).upcoming!;

describe('a Google Calendar export', () => {
  const ics = fixture('ours/google-1on1s.ics');

  it('proposes each recurring 1:1 as a series and says why the others are not', () => {
    const r = preview(ics);
    expect(
      r.proposals.map((p) => [p.summary, p.attendee, p.cadence, p.firstDate, p.time, p.timeZone, p.endsOn]),
    ).toEqual([
      ['Priya / Sam 1:1', 'Priya Sharma', 'weekly', '2026-09-01', '10:00', 'Europe/London', null],
      ['Jonas <> Sam', 'Jonas Weber', 'biweekly', '2026-10-01', '15:30', 'Europe/Berlin', '2027-06-24'],
      ['Lee / Sam monthly', 'Lee Chen', 'monthly', '2026-10-13', '16:00', 'Europe/London', null],
    ]);
    // BYDAY=2TU: the second Tuesday of every month, not the 13th.
    expect(r.proposals[2]!.monthlyBy).toBe('weekday');
    expect(r.proposals[0]!.person).toEqual({ create: 'Priya Sharma' });
    expect(r.proposals[0]!.exceptions).toEqual([
      { date: '2026-12-15', kind: 'moved', toDate: '2026-12-16', toTime: '14:00' },
      { date: '2026-12-22', kind: 'skipped' },
    ]);
    expect(r.otherRecurring).toBe(1); // the standup
    expect(problemFor(r, 'Ana & Sam async check-in')!.message).toMatch(/all-day/);
    // A preview writes nothing.
    expect(tables()).toEqual({ people: 0, series: 0, meetings: 0, links: 0, exceptions: 0 });
  });

  it('imports them, follows moved and cancelled dates, and a re-import updates instead of duplicating', () => {
    const r = commit(ics);
    expect(r.imported).toBe(3);
    // The second Tuesday of December at 16:00 in London.
    expect(upcoming(personNamed('Lee Chen'))).toMatchObject({ date: '2026-12-08', time: '16:00' });
    const priya = personNamed('Priya Sharma');
    const first = upcoming(priya);
    expect(first).toMatchObject({ date: '2026-12-01', time: '10:00', startsAt: '2026-12-01T10:00:00Z' });
    const holdOn = (date: string) => {
      app.setNow(new Date(`${date}T12:00:00Z`));
      app.call('oneOnOnes.hold', { meetingId: upcoming(priya).id });
    };
    holdOn('2026-12-01');
    expect(upcoming(priya)).toMatchObject({ date: '2026-12-08' });
    holdOn('2026-12-08');
    // 15 December was moved to Wednesday 16th at 14:00 in the calendar.
    expect(upcoming(priya)).toMatchObject({ date: '2026-12-16', time: '14:00', startsAt: '2026-12-16T14:00:00Z' });
    holdOn('2026-12-16');
    // 22 December was cancelled: the next is the 29th, and the 22nd shows as skipped.
    expect(upcoming(priya)).toMatchObject({ date: '2026-12-29' });
    const statuses = app.db
      .prepare("SELECT date || ' ' || status FROM oo_meetings WHERE person_id = ? ORDER BY slot_date, seq")
      .pluck()
      .all(priya);
    expect(statuses).toEqual([
      '2026-12-01 held',
      '2026-12-08 held',
      '2026-12-15 moved',
      '2026-12-16 held',
      '2026-12-22 skipped',
      '2026-12-29 scheduled',
    ]);

    const before = tables();
    const again = preview(ics);
    expect(again.proposals.map((p) => [p.action, 'id' in p.person ? p.person.name : null])).toEqual([
      ['update', 'Priya Sharma'],
      ['update', 'Jonas Weber'],
      ['update', 'Lee Chen'],
    ]);
    expect(commit(ics).imported).toBe(3);
    // Same people, series and meetings; only dates gone by are forgotten (16 Dec is past now).
    expect(tables()).toEqual({ ...before, exceptions: 1 });
    expect(upcoming(priya)).toMatchObject({ date: '2026-12-29' });
  });

  it('a series with a COUNT ends: no meeting after its last date', () => {
    app.setNow(new Date('2027-06-20T08:00:00Z'));
    commit(ics);
    const jonas = personNamed('Jonas Weber');
    const last = upcoming(jonas);
    expect(last).toMatchObject({ date: '2027-06-24', time: '15:30', startsAt: '2027-06-24T13:30:00Z' });
    app.setNow(new Date('2027-06-24T14:00:00Z'));
    app.call('oneOnOnes.hold', { meetingId: last.id });
    expect(app.call('oneOnOnes.prep', { personId: jonas }).upcoming).toBeNull();
  });

  it('matches an attendee to a person already in Cairn by name, and imports only the chosen events', () => {
    const priya = app.call('people.create', { ...emptyPersonFields, name: 'priya sharma' }).id;
    const r = preview(ics);
    expect(r.proposals[0]!.person).toEqual({ id: priya, name: 'priya sharma' });
    commit(ics, [r.proposals[0]!.uid]);
    expect(tables()).toMatchObject({ people: 1, series: 1, links: 1 });
  });

  it('never overwrites a series set up by hand', () => {
    const priya = app.call('people.create', { ...emptyPersonFields, name: 'Priya Sharma' }).id;
    app.call('oneOnOnes.saveSeries', {
      personId: priya,
      cadence: 'monthly',
      everyDays: null,
      firstDate: '2026-12-03',
      time: '09:00',
      timeZone: 'Europe/London',
    });
    const r = preview(ics);
    expect(problemFor(r, 'Priya / Sam 1:1')!.message).toMatch(/already has a 1:1 series/);
    expect(r.proposals.map((p) => p.summary)).toEqual(['Jonas <> Sam', 'Lee / Sam monthly']);
  });
});

describe('an Outlook / Exchange export', () => {
  const ics = fixture('ours/outlook-1on1s.ics');

  it('reads Windows zone names, UNTIL and a cancelled occurrence; refuses an unknown zone', () => {
    const r = preview(ics);
    expect(
      r.proposals.map((p) => [p.attendee, p.cadence, p.firstDate, p.time, p.timeZone, p.zoneFrom, p.endsOn]),
    ).toEqual([
      ['Marta Nowak', 'biweekly', '2026-10-14', '11:00', 'Europe/Berlin', 'W. Europe Standard Time', '2027-03-31'],
      [
        'Dev Patel',
        'weekly',
        '2026-11-02',
        '09:00',
        'America/New_York',
        '(UTC-05:00) Eastern Time (US & Canada)',
        null,
      ],
    ]);
    expect(r.proposals[0]!.exceptions).toEqual([{ date: '2026-12-23', kind: 'skipped' }]);
    expect(problemFor(r, 'Omar / Sam')!.message).toMatch(/“Mars Standard Time” is not one Cairn knows/);
    commit(ics);
    // Dev organised his own 1:1: the calendar's owner (in every event) is still the manager.
    expect(app.db.prepare('SELECT name FROM people ORDER BY name').pluck().all()).toEqual(['Dev Patel', 'Marta Nowak']);
    expect(upcoming(personNamed('Dev Patel'))).toMatchObject({ date: '2026-12-07', startsAt: '2026-12-07T14:00:00Z' });
  });
});

describe('an Apple Calendar export', () => {
  it('imports a monthly series with COUNT; refuses floating times, BYSETPOS and RDATE with their lines', () => {
    const r = preview(fixture('ours/apple-1on1s.ics'));
    expect(r.proposals.map((p) => [p.attendee, p.cadence, p.firstDate, p.time, p.timeZone, p.endsOn])).toEqual([
      ['Kenji Sato', 'monthly', '2026-10-14', '10:00', 'America/Los_Angeles', '2027-03-14'],
    ]);
    expect(problemFor(r, 'Walk with Zoe')).toMatchObject({ line: 50 });
    expect(problemFor(r, 'Walk with Zoe')!.message).toMatch(/floating/);
    expect(problemFor(r, 'Rui / Sam — last Thursday')!.message).toMatch(/BYSETPOS/);
    expect(problemFor(r, 'Mei check-in')!.message).toMatch(/RDATE/);
  });
});

describe('real files from Google, Exchange and Apple', () => {
  it.each([
    ['node-ical/example-rrule.ics', 0],
    ['node-ical/biweekly-exdate-until.ics', 0],
    ['node-ical/google-calendar-kiev-tz.ics', 0],
    ['node-ical/Office-2012-owa.ics', 0],
    ['node-ical/exchange_whole_day_moved_recurrence.ics', 0],
  ])('%s is read; its recurring events are not 1:1s, and importing it changes nothing', (path) => {
    const r = commit(fixture(path));
    expect(r.proposals).toEqual([]);
    expect(r.otherRecurring).toBeGreaterThan(0);
    expect(tables()).toEqual({ people: 0, series: 0, meetings: 0, links: 0, exceptions: 0 });
  });

  it('an Exchange file with a broken line is refused with the line, and nothing is imported', () => {
    expect(refusal(fixture('node-ical/ms_timezones.ics'))).toMatch(/could not be read as a calendar at line 152/);
    expect(tables()).toEqual({ people: 0, series: 0, meetings: 0, links: 0, exceptions: 0 });
  });

  it.each(['node-ical/tentative-apple-calendar.ics', 'node-ical/mixed-timezone-handling.ics'])(
    '%s has no recurring event: a clear refusal',
    (path) => {
      expect(refusal(fixture(path))).toMatch(/no repeating events/);
    },
  );
});
