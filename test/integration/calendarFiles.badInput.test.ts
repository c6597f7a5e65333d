import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/testApp';

const google = readFileSync(join(__dirname, '../fixtures/calendars/ours/google-1on1s.ics'), 'utf8');

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-12-01T08:00:00Z') });
});
afterEach(() => app.close());

const refusal = (ics: string) => {
  const r = app.send('calendarFiles.importSeries', { ics, commit: true });
  if (r.ok) throw new Error('expected a refusal');
  return r.error.message;
};
const nothingWritten = () =>
  expect(
    app.db
      .prepare(
        'SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM oo_series) + (SELECT count(*) FROM cal_series)',
      )
      .pluck()
      .get(),
  ).toBe(0);

/** One VEVENT between two people, with the given lines in it, in an otherwise valid calendar. */
const calendarWith = (...lines: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cairn tests//EN',
    'BEGIN:VEVENT',
    'UID:one@example.com',
    'SUMMARY:Ada / Sam',
    'ORGANIZER;CN=Sam Rivera:mailto:sam@example.com',
    'ATTENDEE;CN=Ada Byron:mailto:ada@example.com',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

it('refuses a file that is not iCalendar, saying where', () => {
  expect(refusal('name,wants\nAda,mentor\n')).toMatch(/not a calendar file.*line 1/);
  expect(refusal('')).toMatch(/empty/);
  nothingWritten();
});

it('refuses a truncated file, naming the line it stops at', () => {
  const cut = google.split('\n').slice(0, 60).join('\n');
  expect(refusal(cut)).toMatch(/stops at line 60 .*cut short/);
  nothingWritten();
});

it('refuses a 50 MB file before reading it', () => {
  const huge = google + ' '.repeat(50 * 1024 * 1024);
  expect(refusal(huge)).toMatch(/larger than 10 MB/);
  nothingWritten();
});

it('refuses a calendar with no recurring events', () => {
  expect(refusal(calendarWith('DTSTART;TZID=Europe/London:20261201T100000'))).toMatch(/no repeating events/);
});

it.each([
  ['all-day', ['DTSTART;VALUE=DATE:20261201', 'RRULE:FREQ=WEEKLY'], /all-day/],
  ['floating time', ['DTSTART:20261201T100000', 'RRULE:FREQ=WEEKLY'], /floating/],
  [
    'unknown zone',
    ['DTSTART;TZID=Somewhere/Else:20261201T100000', 'RRULE:FREQ=WEEKLY'],
    /“Somewhere\/Else” is not one Cairn knows/,
  ],
  ['BYSETPOS', ['DTSTART;TZID=Europe/London:20261201T100000', 'RRULE:FREQ=MONTHLY;BYDAY=TU,TH;BYSETPOS=1'], /BYSETPOS/],
  [
    'RDATE',
    ['DTSTART;TZID=Europe/London:20261201T100000', 'RRULE:FREQ=WEEKLY', 'RDATE;TZID=Europe/London:20261203T100000'],
    /RDATE/,
  ],
  [
    'every three months',
    ['DTSTART;TZID=Europe/London:20261201T100000', 'RRULE:FREQ=MONTHLY;INTERVAL=3'],
    /every 3 months/,
  ],
  [
    'two days a week',
    ['DTSTART;TZID=Europe/London:20261201T100000', 'RRULE:FREQ=WEEKLY;BYDAY=TU,TH'],
    /Tuesday and Thursday/,
  ],
  ['on the 31st', ['DTSTART;TZID=Europe/London:20261231T100000', 'RRULE:FREQ=MONTHLY'], /day 31 .*last day/],
  [
    'ended',
    ['DTSTART;TZID=Europe/London:20250101T100000', 'RRULE:FREQ=WEEKLY;COUNT=3'],
    /ended on Wed,? (15 Jan,?|Jan 15,) 2025/,
  ],
  ['yearly', ['DTSTART;TZID=Europe/London:20261201T100000', 'RRULE:FREQ=YEARLY'], /once a year/],
])('%s: the event is named with its line and why; nothing is imported', (_, lines, message) => {
  const r = app.call('calendarFiles.importSeries', { ics: calendarWith(...lines), commit: true });
  expect(r.proposals).toEqual([]);
  expect(r.problems).toHaveLength(1);
  expect(r.problems[0]!.summary).toBe('Ada / Sam');
  expect(r.problems[0]!.line).toBeGreaterThanOrEqual(9);
  expect(r.problems[0]!.message).toMatch(message);
  nothingWritten();
});

it('bounds every rule: an endless daily rule and a COUNT of a million (past year 9999) is read from the cadence alone, never expanded', () => {
  const r = app.call('calendarFiles.importSeries', {
    ics: calendarWith('DTSTART;TZID=Europe/London:20261201T100000', 'RRULE:FREQ=DAILY;INTERVAL=3;COUNT=1000000'),
    commit: false,
  });
  expect(r.proposals[0]).toMatchObject({ cadence: 'custom', everyDays: 3, endsOn: null });
});

it('a change to "this and following" meetings is refused, not half-followed', () => {
  const ics = calendarWith('DTSTART;TZID=Europe/London:20261201T100000', 'RRULE:FREQ=WEEKLY').replace(
    'END:VCALENDAR',
    [
      'BEGIN:VEVENT',
      'UID:one@example.com',
      'RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/London:20261215T100000',
      'DTSTART;TZID=Europe/London:20261215T110000',
      'SUMMARY:Ada / Sam',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n'),
  );
  const r = app.call('calendarFiles.importSeries', { ics, commit: true });
  expect(r.problems[0]!.message).toMatch(/this and following/);
  nothingWritten();
});
