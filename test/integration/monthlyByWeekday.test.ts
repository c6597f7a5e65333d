import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';

/**
 * "The second Tuesday of every month", "the last Friday": a monthly series by weekday, set up
 * by hand or read from a calendar file, written back out, and kept on the anchor zone's clock
 * across daylight saving (London changes on 29 March and 25 October 2026, New York on 8 March
 * and 1 November).
 */
let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-01-05T08:00:00Z') });
});
afterEach(() => app.close());

const calendarWith = (...lines: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cairn tests//EN',
    'BEGIN:VEVENT',
    'UID:monthly@example.com',
    'SUMMARY:Ada / Sam monthly',
    'ORGANIZER;CN=Sam Rivera:mailto:sam@example.com',
    'ATTENDEE;CN=Ada Byron:mailto:ada@example.com',
    'ATTENDEE;CN=Sam Rivera:mailto:sam@example.com',
    'DTSTAMP:20260101T000000Z',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

/** Holds each upcoming meeting in turn and returns where the series put them. */
function meetings(personId: string, n: number) {
  const out: { date: string; time: string; startsAt: string }[] = [];
  for (let i = 0; i < n; i += 1) {
    const m = app.call('oneOnOnes.prep', { personId }).upcoming!;
    out.push({ date: m.date, time: m.time, startsAt: m.startsAt });
    app.setNow(new Date(m.startsAt));
    app.call('oneOnOnes.hold', { meetingId: m.id });
  }
  return out;
}

const ada = () => app.call('people.create', { ...emptyPersonFields, name: 'Ada Byron' }).id;

describe('a monthly series by weekday, set up by hand', () => {
  it('the second Tuesday of every month, at 10:00 in London whether on GMT or BST', () => {
    const personId = ada();
    app.call('oneOnOnes.saveSeries', {
      personId,
      cadence: 'monthly',
      everyDays: null,
      monthlyBy: 'weekday',
      firstDate: '2026-01-13',
      time: '10:00',
      timeZone: 'Europe/London',
    });
    expect(meetings(personId, 5)).toEqual([
      { date: '2026-01-13', time: '10:00', startsAt: '2026-01-13T10:00:00Z' },
      { date: '2026-02-10', time: '10:00', startsAt: '2026-02-10T10:00:00Z' },
      { date: '2026-03-10', time: '10:00', startsAt: '2026-03-10T10:00:00Z' },
      { date: '2026-04-14', time: '10:00', startsAt: '2026-04-14T09:00:00Z' }, // BST
      { date: '2026-05-12', time: '10:00', startsAt: '2026-05-12T09:00:00Z' },
    ]);
  });

  it('the last Friday, five weeks apart where the month has five Fridays; New York across its change', () => {
    const personId = ada();
    app.call('oneOnOnes.saveSeries', {
      personId,
      cadence: 'monthly',
      everyDays: null,
      monthlyBy: 'last_weekday',
      firstDate: '2026-01-30',
      time: '16:00',
      timeZone: 'America/New_York',
    });
    expect(meetings(personId, 4).map((m) => [m.date, m.startsAt])).toEqual([
      ['2026-01-30', '2026-01-30T21:00:00Z'],
      ['2026-02-27', '2026-02-27T21:00:00Z'],
      ['2026-03-27', '2026-03-27T20:00:00Z'], // EDT from 8 March
      ['2026-04-24', '2026-04-24T20:00:00Z'],
    ]);
  });

  it('refuses a weekday the first date is not, beside the field, and writes nothing', () => {
    const personId = ada();
    const attempt = (firstDate: string, monthlyBy: string) =>
      app.send('oneOnOnes.saveSeries', {
        personId,
        cadence: 'monthly',
        everyDays: null,
        monthlyBy,
        firstDate,
        time: '10:00',
        timeZone: 'Europe/London',
      });
    // 13 January is the second Tuesday, not the last one.
    expect(attempt('2026-01-13', 'last_weekday')).toMatchObject({ ok: false, error: { field: 'monthlyBy' } });
    // 29 January is the fifth Thursday: only "the last Thursday" exists every month.
    expect(attempt('2026-01-29', 'weekday')).toMatchObject({ ok: false, error: { field: 'monthlyBy' } });
    expect(attempt('2026-01-29', 'last_weekday')).toMatchObject({ ok: true });
  });
});

describe('a monthly series by weekday from a calendar file', () => {
  it.each([
    ['BYDAY=2TU', 'RRULE:FREQ=MONTHLY;BYDAY=2TU', 'weekday', ['2026-02-10', '2026-03-10', '2026-04-14']],
    [
      'BYDAY=TU;BYSETPOS=2',
      'RRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2',
      'weekday',
      ['2026-02-10', '2026-03-10', '2026-04-14'],
    ],
  ])('%s is the second Tuesday of every month', (_, rrule, monthlyBy, later) => {
    const r = app.call('calendarFiles.importSeries', {
      ics: calendarWith(
        'DTSTART;TZID=Europe/London:20260113T100000',
        'DTEND;TZID=Europe/London:20260113T103000',
        rrule,
      ),
      commit: true,
    });
    expect(r.proposals).toMatchObject([{ cadence: 'monthly', monthlyBy, firstDate: '2026-01-13' }]);
    const personId = app.db.prepare("SELECT id FROM people WHERE name = 'Ada Byron'").pluck().get() as string;
    expect(meetings(personId, 4).map((m) => m.date)).toEqual(['2026-01-13', ...later]);
  });

  it('BYDAY=-1FR (and BYSETPOS=-1) is the last Friday; an exported series is read back the same', () => {
    for (const rrule of ['RRULE:FREQ=MONTHLY;BYDAY=-1FR', 'RRULE:FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1']) {
      const r = app.call('calendarFiles.importSeries', {
        ics: calendarWith('DTSTART;TZID=Europe/London:20260130T150000', rrule),
        commit: false,
      });
      expect(r.proposals).toMatchObject([{ cadence: 'monthly', monthlyBy: 'last_weekday' }]);
    }
    app.call('calendarFiles.importSeries', {
      ics: calendarWith('DTSTART;TZID=Europe/London:20260130T150000', 'RRULE:FREQ=MONTHLY;BYDAY=-1FR'),
      commit: true,
    });
    const personId = app.db.prepare("SELECT id FROM people WHERE name = 'Ada Byron'").pluck().get() as string;
    const { ics } = app.call('calendarFiles.exportSeries', { personId });
    expect(ics).toContain('RRULE:FREQ=MONTHLY;BYDAY=-1FR');
    // Another calendar program computes the same dates from the exported file.
    const calendar = new ICAL.Component(ICAL.parse(ics) as never);
    for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
    const iterator = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!).iterator();
    const dates: string[] = [];
    for (let next = iterator.next(); next && dates.length < 4; next = iterator.next())
      dates.push(next.toJSDate().toISOString());
    expect(dates).toEqual([
      '2026-01-30T15:00:00.000Z',
      '2026-02-27T15:00:00.000Z',
      '2026-03-27T15:00:00.000Z',
      '2026-04-24T14:00:00.000Z', // BST
    ]);
  });

  it.each([
    [
      'the first date is not that weekday',
      'DTSTART;TZID=Europe/London:20260120T100000',
      'RRULE:FREQ=MONTHLY;BYDAY=2TU',
      /second Tuesday .* third/,
    ],
    [
      'a fifth weekday',
      'DTSTART;TZID=Europe/London:20260129T100000',
      'RRULE:FREQ=MONTHLY;BYDAY=5TH',
      /5th Thursday .*some months do not have/,
    ],
    [
      'every Tuesday of the month',
      'DTSTART;TZID=Europe/London:20260113T100000',
      'RRULE:FREQ=MONTHLY;BYDAY=TU',
      /every Tuesday of the month/,
    ],
  ])('refuses %s with the reason, importing nothing', (_, start, rrule, message) => {
    const r = app.call('calendarFiles.importSeries', { ics: calendarWith(start, rrule), commit: true });
    expect(r.proposals).toEqual([]);
    expect(r.problems[0]!.message).toMatch(message);
    expect(app.db.prepare('SELECT count(*) FROM oo_series').pluck().get()).toBe(0);
  });
});
