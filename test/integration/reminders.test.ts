import { afterEach, describe, expect, it } from 'vitest';
import { emptyPersonFields } from '#shared/people/model';
import { arrangeMyScorecard } from '../support/interviews';
import { recordingNotifier } from '../support/recordingNotifier';
import { createTestApp, type TestApp } from '../support/testApp';
import { addItem, weeklySeries } from '../support/oneOnOnes';
import { emptyGoalFields } from '#shared/goals/model';
import { barePair } from '../support/mentoring';

let app: TestApp;
afterEach(() => app.close());

const SECRETS = ['ask about the offer', 'seemed tired', 'secret promotion plan', 'Cleo', 'Park', 'strong'];

function arrangeTeam() {
  app = createTestApp({ now: new Date('2026-12-01T07:00:00Z') }); // Tuesday, 07:00 in London
  const priya = app.call('people.create', { ...emptyPersonFields, name: 'Priya Sharma', timeZone: 'Europe/London' }).id;
  weeklySeries(app, priya, { firstDate: '2026-12-01' });
  const meetingId = app.call('oneOnOnes.prep', { personId: priya }).upcoming!.id;
  app.call('oneOnOnes.saveNotes', { meetingId, privateNotes: 'seemed tired' });
  addItem(app, meetingId, 'action', 'me', 'ask about the offer', '2026-12-01');
  app.call('goals.create', {
    personId: priya,
    fields: { ...emptyGoalFields, title: 'secret promotion plan', dueDate: '2026-12-01' },
  });
  return { priya, meetingId };
}

const run = (recorder: ReturnType<typeof recordingNotifier>, opened: string[] = []) =>
  app.session.runReminders(recorder.notifier, (route) => opened.push(route));

describe('reminders', () => {
  it('prepare for a 1:1 N minutes before, only when the setting is on, once, and never with private text', () => {
    const { priya } = arrangeTeam();
    app.call('settings.update', { dueReminders: false });
    const recorder = recordingNotifier();
    app.setNow(new Date('2026-12-01T09:50:00Z'));
    run(recorder);
    expect(recorder.shown).toEqual([]); // off by default

    app.call('settings.update', { prepReminderMinutes: 15 });
    app.setNow(new Date('2026-12-01T09:40:00Z'));
    run(recorder);
    expect(recorder.shown).toEqual([]); // 20 minutes before: not yet
    app.setNow(new Date('2026-12-01T09:45:00Z'));
    const opened: string[] = [];
    run(recorder, opened);
    expect(recorder.bodies()).toEqual(['1:1 with Priya in 15 minutes']);
    app.setNow(new Date('2026-12-01T09:50:00Z'));
    run(recorder);
    expect(recorder.shown).toHaveLength(1);

    // A click opens the prep view of that person.
    recorder.click(0);
    expect(opened).toEqual([`/one-on-ones/person/${priya}`]);
  });

  it('actions and goals due today, once a day, with no note, item or goal text', () => {
    arrangeTeam();
    const recorder = recordingNotifier();
    app.setNow(new Date('2026-12-01T08:00:00Z'));
    run(recorder);
    expect(recorder.bodies()).toEqual([
      '1 action from your 1:1s is due today',
      "A stretch goal of Priya's is due today",
    ]);
    expect(recorder.shown.map((s) => s.reminder.route)).toEqual(['/', expect.stringMatching(/^\/people\//)]);
    app.setNow(new Date('2026-12-01T16:00:00Z'));
    run(recorder);
    expect(recorder.shown).toHaveLength(2);
    const words = JSON.stringify(recorder.shown.map((s) => s.reminder));
    for (const secret of SECRETS) expect(words).not.toContain(secret);
  });

  it('survive restarts: what fired before a restart never fires again', () => {
    arrangeTeam();
    app.call('settings.update', { prepReminderMinutes: 30 });
    const before = recordingNotifier();
    app.setNow(new Date('2026-12-01T09:31:00Z'));
    run(before);
    expect(before.shown).toHaveLength(3);
    app.restart();
    const after = recordingNotifier();
    run(after);
    expect(after.shown).toEqual([]);
  });

  it('a scorecard still a draft a day after the interview, without the candidate; a pair gone quiet', () => {
    app = createTestApp({ now: new Date('2026-12-01T09:00:00Z') });
    const { scorecardId } = arrangeMyScorecard(app, { name: 'Cleo Park', stage: 'Onsite' });
    const ada = app.call('people.create', { ...emptyPersonFields, name: 'Ada Lovelace' }).id;
    const bo = app.call('people.create', { ...emptyPersonFields, name: 'Bo Chen' }).id;
    app.call('mentoring.createPair', barePair(ada, bo, { startDate: '2026-10-01', focusAreas: ['System design'] }));
    const recorder = recordingNotifier();
    run(recorder);
    expect(recorder.bodies()).toEqual([expect.stringMatching(/^Ada and Bo: /)]); // the interview was just now
    app.setNow(new Date('2026-12-02T09:30:00Z'));
    run(recorder);
    expect(recorder.shown.map((s) => s.reminder)).toContainEqual({
      key: `scorecard:${scorecardId}`,
      title: 'Scorecard not submitted',
      body: 'An interview scorecard of yours is still a draft a day after the interview',
      route: `/interviews/scorecards/${scorecardId}`,
    });
    expect(JSON.stringify(recorder.shown)).not.toMatch(/Cleo|Park|Backend/);
  });

  it('say nothing at all while Cairn is locked', () => {
    app = createTestApp({ now: new Date('2026-12-01T07:00:00Z'), osKeyStore: 'unavailable' });
    app.call('vault.createWithPassphrase', { passphrase: 'correct horse battery staple' });
    const personId = app.call('people.create', { ...emptyPersonFields, name: 'Priya Sharma' }).id;
    app.call('goals.create', {
      personId,
      fields: { ...emptyGoalFields, title: 'secret promotion plan', dueDate: '2026-12-01' },
    });
    app.restart(); // opens locked: the passphrase is needed
    const recorder = recordingNotifier();
    expect(run(recorder)).toEqual([]);
    expect(recorder.shown).toEqual([]);
    app.call('vault.unlock', { passphrase: 'correct horse battery staple' });
    run(recorder);
    expect(recorder.bodies()).toEqual(["A stretch goal of Priya's is due today"]);
  });
});
