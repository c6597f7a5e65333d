import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-12-01T08:00:00Z') });
});
afterEach(() => app.close());

/** The UTC start of each of the first `n` occurrences, as another calendar program would compute them from the file. */
function occurrencesInUtc(ics: string, n: number): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as never);
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const master = calendar.getAllSubcomponents('vevent').find((e) => !e.hasProperty('recurrence-id'))!;
  const it = new ICAL.Event(master).iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next()) {
    out.push(next.toJSDate().toISOString().replace('.000', ''));
  }
  return out;
}

it("exports a person's series with its zone, so every calendar shows the right instant across DST; no note text", () => {
  const personId = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace' }).id;
  app.call('oneOnOnes.saveSeries', {
    personId,
    cadence: 'biweekly',
    everyDays: null,
    firstDate: '2027-03-17',
    time: '09:30',
    timeZone: 'America/New_York',
  });
  const meetingId = app.call('oneOnOnes.prep', { personId }).upcoming!.id;
  app.call('oneOnOnes.saveNotes', { meetingId, sharedNotes: 'shared secret plan', privateNotes: 'private worry' });
  app.call('oneOnOnes.addItem', { meetingId, kind: 'action', side: 'me', text: 'ask about the offer', dueDate: null });

  const file = app.call('calendarFiles.exportSeries', { personId });
  expect(file.fileBaseName).toBe('1-1-Ada-Lovelace');
  expect(file.ics).toMatch(/^BEGIN:VCALENDAR/);
  expect(file.ics).toContain('SUMMARY:1:1 with Ada Lovelace');
  expect(file.ics).toContain('DTSTART;TZID=America/New_York:20270317T093000');
  expect(file.ics).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2');
  expect(file.ics).toContain('BEGIN:VTIMEZONE');
  for (const secret of ['secret', 'worry', 'offer']) expect(file.ics).not.toContain(secret);
  // New York changes to EDT on 14 March 2027 and back on 7 November.
  expect(occurrencesInUtc(file.ics, 1)).toEqual(['2027-03-17T13:30:00Z']);
  const all = occurrencesInUtc(file.ics, 20);
  expect(all).toContain('2027-10-27T13:30:00Z');
  expect(all).toContain('2027-11-10T14:30:00Z');
});

it('an imported series exports with its cancelled dates left out, its moved date moved, and its end', () => {
  const google = readFileSync(join(__dirname, '../fixtures/calendars/ours/google-1on1s.ics'), 'utf8');
  app.call('calendarFiles.importSeries', { ics: google, commit: true });
  const priya = app.db.prepare("SELECT id FROM people WHERE name = 'Priya Sharma'").pluck().get() as string;
  for (const date of ['2026-12-01', '2026-12-08', '2026-12-16']) {
    app.setNow(new Date(`${date}T15:00:00Z`));
    app.call('oneOnOnes.hold', { meetingId: app.call('oneOnOnes.prep', { personId: priya }).upcoming!.id });
  }
  const { ics } = app.call('calendarFiles.exportSeries', { personId: priya });
  expect(ics).toContain('EXDATE;TZID=Europe/London:20261222T100000');
  expect(ics).toMatch(
    /RECURRENCE-ID;TZID=Europe\/London:20261215T100000\r\nDTSTART;TZID=Europe\/London:20261216T140000/,
  );
  const jonas = app.db.prepare("SELECT id FROM people WHERE name = 'Jonas Weber'").pluck().get() as string;
  expect(app.call('calendarFiles.exportSeries', { personId: jonas }).ics).toContain(
    'RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20270624T235959Z',
  );
});

it('refuses a person without a series', () => {
  const personId = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace' }).id;
  const r = app.send('calendarFiles.exportSeries', { personId });
  expect(r.ok).toBe(false);
});
