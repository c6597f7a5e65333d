import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { recordingNotifier } from '../support/recordingNotifier';
import { createTestApp, type TestApp } from '../support/testApp';
import { addItem, weeklySeries } from '../support/oneOnOnes';

/** When reminders fire: "today" on the manager's clock, and only for a 1:1 that will happen. */
let app: TestApp;
afterEach(() => app.close());

const run = (recorder: ReturnType<typeof recordingNotifier>) => app.session.runReminders(recorder.notifier, () => {});

describe('"due today" is today where the manager is', () => {
  it('in Auckland, an action due on 2 December is due from Auckland midnight, not from UTC midnight', () => {
    app = createTestApp({ now: new Date('2026-12-01T09:00:00Z') }); // 22:00 on 1 December in Auckland
    app.call('settings.update', { timeZone: 'Pacific/Auckland', dueReminders: true });
    const mere = app.call('people.create', { ...emptyPersonFields, name: 'Mere Tane' }).id;
    weeklySeries(app, mere, { firstDate: '2026-12-07', time: '09:00', timeZone: 'Pacific/Auckland' });
    const meetingId = app.call('oneOnOnes.prep', { personId: mere }).upcoming!.id;
    addItem(app, meetingId, 'action', 'me', 'Send the plan', '2026-12-02');
    const recorder = recordingNotifier();

    run(recorder);
    expect(recorder.shown).toEqual([]); // still 1 December in Auckland

    app.setNow(new Date('2026-12-01T11:30:00Z')); // 00:30 on 2 December in Auckland, 1 December in UTC
    run(recorder);
    expect(recorder.bodies()).toEqual(['1 action from your 1:1s is due today']);

    app.setNow(new Date('2026-12-02T10:30:00Z')); // 2 December in UTC, already 3 December in Auckland
    run(recorder);
    expect(recorder.shown).toHaveLength(1);
  });
});

describe('prepare-for-a-1:1 reminders', () => {
  const ics = readFileSync(join(__dirname, '../fixtures/calendars/ours/google-1on1s.ics'), 'utf8');

  it('fire for the upcoming 1:1 of a calendar series, and not once the calendar ends the series before it', () => {
    app = createTestApp({ now: new Date('2026-12-01T08:00:00Z') }); // Tuesday 08:00 in London
    app.call('settings.update', { timeZone: 'Europe/London', prepReminderMinutes: 15, dueReminders: false });
    app.call('calendarFiles.importSeries', { ics, commit: true });
    const priya = app.db.prepare("SELECT id FROM people WHERE name = 'Priya Sharma'").pluck().get() as string;
    const today = app.call('oneOnOnes.prep', { personId: priya }).upcoming!;
    expect(today).toMatchObject({ date: '2026-12-01', time: '10:00' });
    app.call('oneOnOnes.hold', { meetingId: today.id });
    expect(app.call('oneOnOnes.prep', { personId: priya }).upcoming).toMatchObject({ date: '2026-12-08' });

    // The organiser ends the weekly series today; the file is imported again.
    const ended = ics.replace('RRULE:FREQ=WEEKLY;BYDAY=TU', 'RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261201T235959Z');
    expect(app.call('calendarFiles.importSeries', { ics: ended, commit: true }).imported).toBeGreaterThan(0);
    expect(app.call('oneOnOnes.prep', { personId: priya }).upcoming).toBeNull();

    const recorder = recordingNotifier();
    app.setNow(new Date('2026-12-08T09:45:00Z'));
    run(recorder);
    expect(recorder.bodies().filter((b) => b.includes('Priya'))).toEqual([]);
  });

  it('fire once for the upcoming 1:1 of a series set up by hand', () => {
    app = createTestApp({ now: new Date('2026-12-01T08:00:00Z') });
    app.call('settings.update', { timeZone: 'Europe/London', prepReminderMinutes: 15, dueReminders: false });
    const priya = app.call('people.create', { ...emptyPersonFields, name: 'Priya Sharma' }).id;
    weeklySeries(app, priya, { firstDate: '2026-12-01' });
    app.call('oneOnOnes.prep', { personId: priya });
    const recorder = recordingNotifier();
    app.setNow(new Date('2026-12-01T09:45:00Z'));
    run(recorder);
    run(recorder);
    expect(recorder.bodies()).toEqual(['1:1 with Priya in 15 minutes']);
  });
});
