import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { wallClockAt } from '#shared/oneOnOnes/zones';
import { createTestApp, type TestApp } from '../support/testApp';

/**
 * A London manager with reports in Kolkata and New York, walked week by week through 2026's
 * spring and autumn clock changes (New York 8 Mar / 1 Nov, London 29 Mar / 25 Oct, Kolkata
 * none). Series are anchored to the manager's clock: it stays put; the reports' times move.
 */
let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T08:00:00Z') });
  app.call('settings.update', { timeZone: 'Europe/London' });
});
afterEach(() => app.close());

const person = (name: string, timeZone: string) =>
  app.call('people.create', { ...emptyPersonFields, name, timeZone }).id;
const series = (personId: string, time: string, timeZone: string, firstDate = '2026-03-05') =>
  app.call('oneOnOnes.saveSeries', { personId, cadence: 'weekly', everyDays: null, firstDate, time, timeZone });
const upcoming = (personId: string) => app.call('oneOnOnes.prep', { personId }).upcoming!;
const london = (startsAt: string) => wallClockAt(startsAt, 'Europe/London');

describe("a London manager's 1:1s across both daylight-saving changes", () => {
  it("keeps each 1:1 at the manager's time while the reports' local times follow their clocks", () => {
    const priya = person('Priya Raman', 'Asia/Kolkata');
    const sam = person('Sam Carter', 'America/New_York');
    series(priya, '10:00', 'Europe/London');
    series(sam, '15:00', 'Europe/London');
    const seen: string[] = [];
    for (const week of ['03-05', '03-12', '04-02', '10-29', '11-05']) {
      app.setNow(new Date(`2026-${week}T06:00:00Z`));
      for (const id of [priya, sam]) {
        let m = upcoming(id);
        // Hold the weeks in between so the series walks on to this one.
        while (m.date < `2026-${week}`) {
          app.call('oneOnOnes.hold', { meetingId: m.id });
          m = upcoming(id);
        }
        const view = app.call('oneOnOnes.meeting', { meetingId: m.id });
        const theirs = wallClockAt(m.startsAt, view.person.timeZone!).time;
        seen.push(`${m.date} ${london(m.startsAt).time} London · ${theirs} for ${view.person.callName}`);
      }
    }
    expect(seen).toEqual([
      '2026-03-05 10:00 London · 15:30 for Priya',
      '2026-03-05 15:00 London · 10:00 for Sam',
      '2026-03-12 10:00 London · 15:30 for Priya',
      '2026-03-12 15:00 London · 11:00 for Sam', // New York is on summer time already
      '2026-04-02 10:00 London · 14:30 for Priya', // London on summer time, Kolkata never changes
      '2026-04-02 15:00 London · 10:00 for Sam',
      '2026-10-29 10:00 London · 15:30 for Priya',
      '2026-10-29 15:00 London · 11:00 for Sam', // London back on winter time, New York not yet
      '2026-11-05 10:00 London · 15:30 for Priya',
      '2026-11-05 15:00 London · 10:00 for Sam',
    ]);
  });

  it("keeps a series set up on the report's clock (before the manager had a zone) on that clock", () => {
    const priya = person('Priya Raman', 'Asia/Kolkata');
    // Saved as series were before: the time on Priya's clock, anchored there.
    series(priya, '15:30', 'Asia/Kolkata', '2026-03-26');
    const march = upcoming(priya);
    expect([march.timeZone, march.time, london(march.startsAt).time]).toEqual(['Asia/Kolkata', '15:30', '10:00']);
    app.setNow(new Date('2026-03-30T06:00:00Z'));
    app.call('oneOnOnes.hold', { meetingId: march.id });
    const april = upcoming(priya);
    expect([april.date, april.time, london(april.startsAt).time]).toEqual(['2026-04-02', '15:30', '11:00']);
  });

  it("moves a 1:1 to a time typed on the manager's clock; the meeting stays on its own clock", () => {
    const priya = person('Priya Raman', 'Asia/Kolkata');
    series(priya, '15:30', 'Asia/Kolkata', '2026-03-26');
    const m = upcoming(priya);
    // 11:00 in London on Friday 27 March (still winter time there) is 16:30 in Kolkata.
    const moved = app.call('oneOnOnes.move', {
      meetingId: m.id,
      date: '2026-03-27',
      time: '11:00',
      timeZone: 'Europe/London',
    });
    expect(moved).toMatchObject({ date: '2026-03-27', time: '16:30', timeZone: 'Asia/Kolkata' });
    expect(london(moved.startsAt)).toEqual({ date: '2026-03-27', time: '11:00' });
    // The same time typed again is no move at all, and says so without changing anything.
    const again = app.send('oneOnOnes.move', {
      meetingId: moved.id,
      date: '2026-03-27',
      time: '11:00',
      timeZone: 'Europe/London',
    });
    expect(!again.ok && again.error).toMatchObject({ code: 'invalid_input', field: 'date' });
  });

  it('lists Home as the manager’s week on the London clock, with each report’s zone for their time', () => {
    const priya = person('Priya Raman', 'Asia/Kolkata');
    const aki = person('Aki Tanaka', 'Pacific/Auckland');
    series(priya, '10:00', 'Europe/London');
    // 10:00 on Monday 9 March in Auckland is 21:00 on Sunday 8 March in London: this week for the manager.
    series(aki, '10:00', 'Pacific/Auckland', '2026-03-09');
    app.setNow(new Date('2026-03-04T08:00:00Z'));
    const home = app.call('home.overview', {});
    expect(home.myZone).toBe('Europe/London');
    expect(home.week).toMatchObject({ start: '2026-03-02', end: '2026-03-08' });
    expect(home.meetings.map((m) => [m.personName, london(m.startsAt).date, m.person])).toEqual([
      ['Priya Raman', '2026-03-05', { callName: 'Priya', timeZone: 'Asia/Kolkata' }],
      ['Aki Tanaka', '2026-03-08', { callName: 'Aki', timeZone: 'Pacific/Auckland' }],
    ]);
  });
});
