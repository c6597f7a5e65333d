import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { createTestApp, type TestApp } from '../support/testApp';
import { weeklySeries } from '../support/oneOnOnes';

/*
 * Reported as a possible bug: "holding today's 15:00 1:1 at 10:00 records it as held that day,
 * and the series then offers the same slot again as the next meeting". On a real store it
 * does not: holding keeps the meeting's slot (schedule.ts, hold), and the next meeting is the
 * first slot after the latest slot used (nextDate), whatever the clock says when it is held.
 */

let app: TestApp;
let personId: string;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T10:00:00Z') }); // Monday 2 March, 10:00 in London
  personId = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace', timeZone: 'Europe/London' }).id;
});
afterEach(() => app.close());

const prep = () => app.call('oneOnOnes.prep', { personId });
const overviewRow = () => app.call('oneOnOnes.overview', { offset: 0 }).rows.find((r) => r.personId === personId)!;

describe('a 1:1 held before its start time', () => {
  it("holding today's 15:00 at 10:00 keeps it on today and offers next week's slot, not today's again", () => {
    weeklySeries(app, personId, { firstDate: '2026-03-02', time: '15:00' });
    const today = prep().upcoming!;
    expect(today).toMatchObject({ date: '2026-03-02', time: '15:00', startsAt: '2026-03-02T15:00:00Z' });

    app.call('oneOnOnes.hold', { meetingId: today.id });

    expect(app.call('oneOnOnes.meeting', { meetingId: today.id })).toMatchObject({
      status: 'held',
      date: '2026-03-02',
      startsAt: '2026-03-02T15:00:00Z',
      heldAt: '2026-03-02T10:00:00.000Z',
    });
    const next = prep().upcoming!;
    expect(next).toMatchObject({ date: '2026-03-09', time: '15:00', status: 'scheduled' });
    expect(overviewRow()).toMatchObject({
      upcoming: { id: next.id, startsAt: '2026-03-09T15:00:00Z' },
      lastHeld: '2026-03-02',
    });
    // Editing the series afterwards (as a manager fixing the time might) still starts after the held slot.
    weeklySeries(app, personId, { firstDate: '2026-03-02', time: '15:30' });
    expect(prep().upcoming).toMatchObject({ date: '2026-03-09', time: '15:30' });

    // Later that day, and the days after, nothing offers 2 March again.
    app.setNow(new Date('2026-03-02T16:00:00Z'));
    expect(prep().upcoming!.date).toBe('2026-03-09');
    app.setNow(new Date('2026-03-04T09:00:00Z'));
    expect(prep().upcoming!.date).toBe('2026-03-09');
  });

  // Held early by the manager's clock in a zone ahead of theirs, where the meeting's own day has begun.
  it.each([
    {
      what: 'Kolkata, 15:00 there (09:30 London), held at 08:00 London',
      heldAt: '2026-03-02T08:00:00Z',
      series: { firstDate: '2026-03-02', time: '15:00', timeZone: 'Asia/Kolkata' },
      first: { date: '2026-03-02', startsAt: '2026-03-02T09:30:00Z' },
      next: '2026-03-09',
    },
    {
      what: 'Auckland, Tuesday 09:00 there (Monday 20:00 UTC), held Monday 19:30 London',
      heldAt: '2026-03-02T19:30:00Z',
      series: { firstDate: '2026-03-03', time: '09:00', timeZone: 'Pacific/Auckland' },
      first: { date: '2026-03-03', startsAt: '2026-03-02T20:00:00Z' },
      next: '2026-03-10',
    },
  ])('$what: it keeps its day and the next is the following slot', ({ heldAt, series, first, next }) => {
    app.setNow(new Date(heldAt));
    weeklySeries(app, personId, series);
    const meeting = prep().upcoming!;
    expect(meeting).toMatchObject(first);
    app.call('oneOnOnes.hold', { meetingId: meeting.id });
    expect(app.call('oneOnOnes.meeting', { meetingId: meeting.id }).date).toBe(first.date);
    expect(prep().upcoming!.date).toBe(next);
  });
});
