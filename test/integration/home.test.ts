import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyGoalFields, type GoalFields } from '#shared/goals/model';
import { HOME_WEEK_PAGE } from '#shared/home/model';
import { emptyPersonFields } from '#shared/people/model';
import { snapshotAllTables } from '../support/dbSnapshot';
import { addCandidate, arrangeRole, ratingsFor } from '../support/interviews';
import { createTestApp, type TestApp } from '../support/testApp';
import { addItem, weeklySeries } from '../support/oneOnOnes';
import { barePair } from '../support/mentoring';

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ now: new Date('2026-03-02T08:00:00Z') }); // Monday 2 March
  // The manager's own clock, whatever the machine running the tests uses.
  app.call('settings.update', { timeZone: 'Europe/London' });
});
afterEach(() => app.close());

const home = () => app.call('home.overview', {});
const addPerson = (name: string, timeZone: string | null = null) =>
  app.call('people.create', { ...emptyPersonFields, name, timeZone }).id;
const weekly = (personId: string, firstDate: string, timeZone: string) =>
  weeklySeries(app, personId, { firstDate, timeZone });
const upcoming = (personId: string) => app.call('oneOnOnes.prep', { personId }).upcoming!;

describe('Home overview', () => {
  it('on a brand-new store is the first run: every list empty, the week from the setting', () => {
    expect(home()).toEqual({
      today: '2026-03-02',
      myZone: 'Europe/London',
      week: { start: '2026-03-02', end: '2026-03-08', startsOn: 'monday' },
      firstRun: true,
      meetings: [],
      meetingsTotal: 0,
      overdueActions: [],
      overdueActionsTotal: 0,
      goals: [],
      goalsTotal: 0,
      pairs: [],
      scorecards: [],
      selfInterviewerSet: false,
    });
    app.call('settings.update', { weekStart: 'sunday' });
    expect(home().week).toEqual({ start: '2026-03-01', end: '2026-03-07', startsOn: 'sunday' });
    addPerson('Ada Lovelace');
    expect(home()).toMatchObject({ firstRun: false, meetings: [] });
  });

  it("a week of more 1:1s than Home's first page: the first page, the total, the rest a page at a time in order", () => {
    // 120 people meeting weekly on Thursday 5 March, a minute apart from 09:00 UTC.
    app.db.transaction(() => {
      for (let i = 0; i < 120; i++) {
        const id = addPerson(`Person ${String(i).padStart(3, '0')}`, 'Europe/London');
        weeklySeries(app, id, {
          firstDate: '2026-03-05',
          time: `${String(9 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
          timeZone: 'UTC',
        });
      }
    })();
    const first = home();
    expect(first.meetings).toHaveLength(HOME_WEEK_PAGE);
    expect(first.meetingsTotal).toBe(120);
    const second = app.call('home.weekMeetings', { offset: HOME_WEEK_PAGE });
    const third = app.call('home.weekMeetings', { offset: 2 * HOME_WEEK_PAGE });
    expect(second).toHaveLength(HOME_WEEK_PAGE);
    expect(third).toHaveLength(120 - 2 * HOME_WEEK_PAGE);
    expect(app.call('home.weekMeetings', { offset: 120 })).toEqual([]);
    // The pages put together are the whole week in time order, each 1:1 once.
    const all = [...first.meetings, ...second, ...third];
    expect(all.map((m) => m.personName)).toEqual(
      Array.from({ length: 120 }, (_, i) => `Person ${String(i).padStart(3, '0')}`),
    );
    expect(new Set(all.map((m) => m.meetingId)).size).toBe(120);
    expect(second[0]).toMatchObject({ startsAt: '2026-03-05T09:50:00Z', status: 'scheduled', agendaFromMe: 0 });
    expect(app.send('home.weekMeetings', { offset: -1 })).toMatchObject({ ok: false });
  });

  it("this week's 1:1s: the week-start setting and the manager's own zone draw the boundaries", () => {
    const london = addPerson('Lin London', 'Europe/London');
    const auckland = addPerson('Aki Auckland', 'Pacific/Auckland');
    const later = addPerson('Lou Later', 'Europe/London');
    weekly(london, '2026-03-05', 'Europe/London'); // Thursday 5 March
    // 10:00 on Monday 9 March in Auckland (UTC+13) is 21:00 on Sunday 8 March in London.
    weekly(auckland, '2026-03-09', 'Pacific/Auckland');
    weekly(later, '2026-03-16', 'Europe/London');
    // Sunday 8 March, 20:00 UTC: still Sunday in London, already Monday 9 March in Auckland.
    app.setNow(new Date('2026-03-08T20:00:00Z'));
    const names = () => home().meetings.map((m) => `${m.personName} ${m.startsAt}`);
    // The manager's week from Monday is 2–8 March in London: Aki's Monday falls on its Sunday evening.
    expect(names()).toEqual(['Lin London 2026-03-05T10:00:00Z', 'Aki Auckland 2026-03-08T21:00:00Z']);
    // London's Thursday has gone by without being marked held; Auckland's Monday is today there.
    expect(home().meetings.map((m) => m.notMarkedHeld)).toEqual([true, false]);
    // Weeks from Sunday: the manager's is 8–14 March (the 5th is last week).
    app.call('settings.update', { weekStart: 'sunday' });
    expect(names()).toEqual(['Aki Auckland 2026-03-08T21:00:00Z']);
    expect(home().week).toEqual({ start: '2026-03-08', end: '2026-03-14', startsOn: 'sunday' });
    // A manager in Auckland: their week from Sunday is 8–14 March there; Lou's 16 March is the next.
    app.call('settings.update', { timeZone: 'Pacific/Auckland' });
    expect(names()).toEqual(['Aki Auckland 2026-03-08T21:00:00Z']);
    expect(home().today).toBe('2026-03-09');
  });

  it("shows each 1:1's prep: agenda from me and from them, carried-over items, open actions, notes started", () => {
    const ada = addPerson('Ada Lovelace', 'Europe/London');
    weekly(ada, '2026-03-02', 'Europe/London');
    const first = upcoming(ada);
    addItem(app, first.id, 'agenda', 'them', 'On-call load');
    addItem(app, first.id, 'action', 'me', 'Ask finance', '2026-03-20');
    app.call('oneOnOnes.saveNotes', { meetingId: first.id, sharedNotes: 'Talked about on-call.' });
    app.call('oneOnOnes.hold', { meetingId: first.id });
    app.setNow(new Date('2026-03-09T08:00:00Z'));
    const second = upcoming(ada);
    addItem(app, second.id, 'agenda', 'me', 'Promotion timeline');
    app.call('oneOnOnes.queue', { personId: ada, text: 'Conference budget' });
    const done = addItem(app, second.id, 'agenda', 'me', 'Closed already');
    app.call('oneOnOnes.updateItem', { meetingId: second.id, itemId: done.id, state: 'done' });

    expect(home().meetings).toEqual([
      {
        meetingId: second.id,
        personId: ada,
        personName: 'Ada Lovelace',
        person: { callName: 'Ada', timeZone: 'Europe/London' },
        startsAt: '2026-03-09T10:00:00Z',
        status: 'scheduled',
        agendaFromMe: 2, // "Promotion timeline" and the "next time" topic (raised by me)
        agendaFromThem: 1, // "On-call load", carried
        carriedOver: 2, // "On-call load" and "Ask finance" sat on last week's meeting
        openActions: 1,
        notesStarted: false,
        notMarkedHeld: false,
      },
    ]);
    app.call('oneOnOnes.saveNotes', { meetingId: second.id, privateNotes: 'Ask about the move.' });
    expect(home().meetings[0]!.notesStarted).toBe(true);
  });

  it("overdue actions, mine and theirs: due before the person's today, not today, open only, linked to where they sit", () => {
    const london = addPerson('Lin London', 'Europe/London');
    const auckland = addPerson('Aki Auckland', 'Pacific/Auckland');
    weekly(london, '2026-03-02', 'Europe/London');
    weekly(auckland, '2026-03-03', 'Pacific/Auckland');
    const m = upcoming(london);
    const add = (meetingId: string, side: 'me' | 'them', text: string, dueDate: string | null) =>
      app.call('oneOnOnes.addItem', { meetingId, kind: 'action', side, text, dueDate });
    const yesterday = add(m.id, 'them', 'Draft the RFC', '2026-03-07');
    add(m.id, 'me', 'Due today', '2026-03-08');
    add(m.id, 'me', 'Due tomorrow', '2026-03-09');
    add(m.id, 'me', 'No date', null);
    const closed = add(m.id, 'me', 'Done late', '2026-03-01');
    app.call('oneOnOnes.updateItem', { meetingId: m.id, itemId: closed.id, state: 'done' });
    const mine = add(m.id, 'me', 'Book the offsite', '2026-03-04');
    app.call('oneOnOnes.hold', { meetingId: m.id });
    const a = upcoming(auckland);
    const aki = add(a.id, 'me', 'Send feedback', '2026-03-08');

    // Sunday 8 March, 20:00 UTC: the 8th is today in London, yesterday in Auckland.
    app.setNow(new Date('2026-03-08T20:00:00Z'));
    const next = upcoming(london); // the held meeting's actions carried onto it
    const overview = home();
    expect(overview.overdueActions).toEqual([
      {
        itemId: mine.id,
        personId: london,
        personName: 'Lin London',
        text: 'Book the offsite',
        side: 'me',
        dueDate: '2026-03-04',
        daysOverdue: 4,
        meetingId: next.id,
      },
      {
        itemId: yesterday.id,
        personId: london,
        personName: 'Lin London',
        text: 'Draft the RFC',
        side: 'them',
        dueDate: '2026-03-07',
        daysOverdue: 1,
        meetingId: next.id,
      },
      {
        itemId: aki.id,
        personId: auckland,
        personName: 'Aki Auckland',
        text: 'Send feedback',
        side: 'me',
        dueDate: '2026-03-08',
        daysOverdue: 1,
        meetingId: a.id,
      },
    ]);
    expect(overview.overdueActionsTotal).toBe(3);
  });

  it('goals due soon or overdue and stale goals, by the goals rules; achieved goals and people who left are not listed', () => {
    const ada = addPerson('Ada Lovelace');
    const gone = addPerson('Gone Person');
    const goal = (personId: string, over: Partial<GoalFields>) =>
      app.call('goals.create', { personId, fields: { ...emptyGoalFields, title: 'Goal', ...over } });
    const overdue = goal(ada, { title: 'Overdue', dueDate: '2026-03-01' });
    goal(ada, { title: 'Due today is not overdue', dueDate: '2026-03-02' });
    goal(ada, { title: 'Due in 14 days', dueDate: '2026-03-16' });
    goal(ada, { title: 'Due in 15 days', dueDate: '2026-03-17' });
    goal(ada, { title: 'Achieved late', dueDate: '2026-02-01', status: 'achieved' });
    goal(gone, { title: 'Left', dueDate: '2026-02-01' });
    app.call('people.archive', { id: gone });
    const quiet = goal(ada, { title: 'Quiet', dueDate: null });
    expect(home().goals.map((g) => [g.title, g.overdue, g.dueSoon, g.stale])).toEqual([
      ['Overdue', true, true, false],
      ['Due today is not overdue', false, true, false],
      ['Due in 14 days', false, true, false],
    ]);
    // Thirty days after they were set, with a check-in on one goal only: the others have gone stale.
    app.setNow(new Date('2026-04-01T08:00:00Z'));
    app.call('goals.checkIn', { goalId: quiet.id, fields: { checkedOn: null, note: 'Moving again' } });
    const goals = home().goals;
    expect(goals.find((g) => g.title === 'Quiet')).toBeUndefined();
    expect(goals.find((g) => g.title === 'Due in 15 days')).toMatchObject({ overdue: true, stale: true });
    expect(goals[0]).toMatchObject({ goalId: overdue.id, personName: 'Ada Lovelace', overdue: true, stale: true });
    expect(home().goalsTotal).toBe(4);
  });

  it('mentoring pairs needing attention, by the pair health rule; healthy and ended pairs are not listed', () => {
    const [mentor, quietMentee, fineMentee] = [
      addPerson('Omar Farouk'),
      addPerson('Quinn Quiet'),
      addPerson('Fay Fine'),
    ];
    const pair = (menteeId: string, startDate: string) =>
      app.call('mentoring.createPair', barePair(mentor, menteeId, { startDate, focusAreas: ['System design'] }));
    const quiet = pair(quietMentee, '2026-01-05');
    const fine = pair(fineMentee, '2026-02-23');
    expect(home().pairs).toEqual([
      {
        pairId: quiet.id,
        mentor: { id: mentor, name: 'Omar Farouk' },
        mentee: { id: quietMentee, name: 'Quinn Quiet' },
        health: expect.objectContaining({
          flags: [{ kind: 'quiet', message: 'Gone quiet: never met in the 56 days since the start' }],
        }),
      },
    ]);
    expect(home().pairs.map((p) => p.pairId)).not.toContain(fine.id);
    app.call('mentoring.setStatus', { id: quiet.id, status: 'ended', reason: 'Done' });
    expect(home().pairs).toEqual([]);
  });

  it("lists my own draft scorecards only (a work sample by the candidate's alias), once I am named on the panel", () => {
    const { role, kit, sample } = arrangeRole(app);
    const me = app.call('interviews.createInterviewer', { name: 'Me', personId: null });
    const bob = app.call('interviews.createInterviewer', { name: 'Bob', personId: null });
    const cleo = addCandidate(app, role.id, { name: 'Cleo Park', stage: 'Onsite' });
    const dan = addCandidate(app, role.id, { name: 'Dan Ode', stage: 'Onsite' });
    const panel = (candidateId: string, kitId: string, interviewerId: string) =>
      app.call('interviews.addToPanel', { candidateId, kitId, interviewerId }).scorecardId;
    const cleoOnsite = panel(cleo.id, kit.id, me.id);
    const cleoSample = panel(cleo.id, sample.id, me.id);
    const danOnsite = panel(dan.id, kit.id, me.id);
    panel(cleo.id, kit.id, bob.id);
    expect(home()).toMatchObject({ selfInterviewerSet: false, scorecards: [] });

    app.call('interviews.updatePrefs', { selfInterviewerId: me.id, retentionDays: 365 });
    app.call('interviews.saveScorecard', {
      id: danOnsite,
      ratings: ratingsFor(kit, [3, 3]),
      recommendation: 'yes',
      submit: true,
    });
    const overview = home();
    expect(overview.selfInterviewerSet).toBe(true);
    expect(overview.scorecards.map((s) => [s.scorecardId, s.candidateLabel, s.stage, s.roleTitle])).toEqual([
      [cleoOnsite, 'Cleo Park', 'Onsite', 'Backend engineer'],
      [cleoSample, `Candidate ${cleo.alias}`, 'Take-home', 'Backend engineer'],
    ]);
  });

  it('writes nothing, not even the upcoming meeting of a series that has none yet', () => {
    const ada = addPerson('Ada Lovelace', 'Europe/London');
    weekly(ada, '2026-03-02', 'Europe/London');
    app.db.prepare("DELETE FROM oo_meetings WHERE status = 'scheduled'").run();
    const before = snapshotAllTables(app.db);
    expect(home().meetings).toEqual([]);
    expect(snapshotAllTables(app.db)).toBe(before);
  });

  it('refuses any input but an empty object, with the field named', () => {
    const result = app.send('home.overview', { weekStart: 'monday' });
    expect(!result.ok && result.error).toMatchObject({ code: 'invalid_input', field: 'weekStart' });
  });
});
